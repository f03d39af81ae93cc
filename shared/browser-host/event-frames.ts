import { isTextEvent, type EventName } from '../ipc/contract';
import { eventOnWire } from '../ipc/text-events';
import { utf8Bytes, utf8Text } from '../ipc/utf8';

/**
 * The browser host's WebSocket frames, written by its server and read by its
 * bridge script. Most events are a JSON text frame `{ event, payload }`. A
 * text event (contract.ts `textEvents`: the device pages) is a binary frame:
 * the event's name, a newline, then the payload's JSON as UTF-8 bytes. The
 * bridge hands those bytes on as an ArrayBuffer, which the window moves to its
 * worker without copying them as a string, and nothing on the window's main
 * thread parses the page, not even the frame around it (issue 19: typing
 * while the list loads).
 */
export function eventFrame(event: EventName, payload: unknown): string | Uint8Array {
  if (!isTextEvent(event)) return JSON.stringify({ event, payload });
  return utf8Bytes(`${event}\n${eventOnWire(event, payload) as string}`);
}

const newline = 0x0a;
// Event names are short; a frame whose first line is longer is not one of ours.
const longestName = 64;

/** A binary frame's event name and the payload's bytes (a copy of its own), or null when it is not one. */
export function readBinaryFrame(frame: ArrayBuffer): { event: string; bytes: ArrayBuffer } | null {
  const head = new Uint8Array(frame, 0, Math.min(frame.byteLength, longestName + 1));
  const end = head.indexOf(newline);
  if (end <= 0) return null;
  try {
    return { event: utf8Text(head.subarray(0, end)), bytes: frame.slice(end + 1) };
  } catch {
    return null;
  }
}
