/**
 * How long a text Graph sends about a device or an action may be once the app has read it. Real
 * values are far shorter: Entra and Intune cap display names (device, user) at 256 characters, a UPN
 * at 113, and serial numbers, IMEIs, OS versions, enum words and ids (GUIDs, 36) are short tokens.
 * A longer one comes from a broken or hostile tenant answer, and it would travel on to every place the
 * app keeps or shows it: each event to the window, the saved device list on disk, the search index,
 * the action log's lines. So it is cut where it is read (normalize-device.ts, audit-record.ts), once.
 */
/** Names a person reads: device name, user's display name and UPN, model, manufacturer. */
export const maxGraphName = 256;
/** Identifiers and words: ids, serial numbers, IMEIs, OS versions, enum values, states. */
export const maxGraphWord = 128;

const highSurrogate = /[\uD800-\uDBFF]$/;

/**
 * `value` as it is when it fits in `max` characters; otherwise its start and an ellipsis, `max`
 * characters in all, never ending on half a surrogate pair. The cut is a fresh string: a plain slice
 * can keep the whole original alive behind it in V8 (a sliced string points into its parent), and
 * holding a megabyte per field is what the cut is for.
 */
export function boundGraphText(value: string, max: number): string {
  if (value.length <= max) return value;
  let start = value.slice(0, max - 1);
  if (highSurrogate.test(start)) start = start.slice(0, -1);
  return `${Array.from(start).join('')}…`;
}
