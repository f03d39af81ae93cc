import { checkEvent } from './api';
import { utf8Text } from './utf8';
import { isTextEvent, type EventName, type EventPayload, type TextEventName, type TextEventWire } from './contract';

/**
 * Text events (contract.ts `textEvents`) on both sides of the door: main
 * serialises them once, and the window reads them, in a worker, with the
 * same contract check every other event gets in the bridge.
 */

/** What a door sends for an event: the payload itself, or for a text event its JSON text. */
export function eventOnWire(event: EventName, payload: unknown): unknown {
  return isTextEvent(event) ? JSON.stringify(payload) : payload;
}

export type TextEventReading<E extends TextEventName> =
  /** The checked payload, or its stand-in when it failed the check (invalid-events.ts). */
  | { kind: 'event'; payload: EventPayload<E> }
  /** Failed its check and has no stand-in (a device page without a load id): nothing can own it. */
  | { kind: 'dropped' }
  /** Not JSON at all: whose it was cannot be told, so the reader says so rather than leave a gap. */
  | { kind: 'unreadable'; problem: string };

export function readTextEvent<E extends TextEventName>(name: E, wire: TextEventWire): TextEventReading<E> {
  let text: string;
  try {
    text = typeof wire === 'string' ? wire : utf8Text(wire);
  } catch {
    return { kind: 'unreadable', problem: 'not UTF-8 text' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Not JSON.parse's words: they quote the text around the fault, and the values stay out of errors.
    return { kind: 'unreadable', problem: text === '' ? 'no text' : 'not valid JSON' };
  }
  const payload = checkEvent(name, raw);
  return payload === null ? { kind: 'dropped' } : { kind: 'event', payload };
}
