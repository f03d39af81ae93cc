/**
 * Remembers what a function of a wire string answered, for the handful of
 * distinct values Graph sends in its enum-like fields (operating system,
 * device type, enrollment type, ...). A 100,000-device list asks the same few
 * questions 100,000 times; lower-casing and rewriting each answer again was a
 * tenth of normalising a page (issue 19, the device list).
 *
 * Bounded: values come off the wire, so a tenant (or a hostile endpoint) that
 * sends endless distinct strings gets answers computed each time once the
 * table is full, never a table that grows without end.
 */
export const wireMemoLimit = 256;

export function memoizeWire<T>(compute: (value: string) => T): (value: string) => T {
  const known = new Map<string, T>();
  return (value) => {
    const hit = known.get(value);
    if (hit !== undefined || known.has(value)) return hit as T;
    const answer = compute(value);
    if (known.size < wireMemoLimit) known.set(value, answer);
    return answer;
  };
}
