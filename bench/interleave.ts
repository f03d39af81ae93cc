import { collectGarbage } from './gc';

/**
 * Runs ours and the baseline alternately (A B A B ...) after one warm-up
 * pair, so both see the same machine: on a shared 2-core box the load from
 * neighbours drifts over seconds, and measuring all of A then all of B would
 * put that drift into the ratio. The heap is collected before each run so one
 * side does not pay for the other's garbage.
 */
export interface Interleaved<A, B> {
  ours: A[];
  baseline: B[];
}

export async function interleave<A, B>(
  reps: number,
  ours: (rep: number) => Promise<A>,
  baseline: ((rep: number) => Promise<B>) | null,
  onProgress?: (line: string) => void,
): Promise<Interleaved<A, B>> {
  const result: Interleaved<A, B> = { ours: [], baseline: [] };
  for (let rep = -1; rep < reps; rep++) {
    collectGarbage();
    const a = await ours(rep);
    let b: B | undefined;
    if (baseline) {
      collectGarbage();
      b = await baseline(rep);
    }
    // Rep -1 is the warm-up (JIT, sockets, page cache): its figures are dropped.
    if (rep >= 0) {
      result.ours.push(a);
      if (b !== undefined) result.baseline.push(b);
    }
    onProgress?.(rep < 0 ? 'warm-up' : `rep ${rep + 1}/${reps}`);
  }
  return result;
}
