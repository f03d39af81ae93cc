import { checkEvent } from './api';
import { utf8Text } from './utf8';
import { isTextEvent, type EventName, type EventPayload, type TextEventName, type TextEventWire } from './contract';

/**
 * Text events (contract.ts `textEvents`) on both sides of the door: main
 * serialises them once, and the window reads them, in a worker, with the
 * same contract check every other event gets in the bridge.
 */

// Text events whose JSON text their maker already wrote (the device service writes a page's devices once,
// for the saved list, and the event around them). Weak: the text goes with its payload.
const writtenTexts = new WeakMap<object, string>();

/** Marks `text` as this payload's JSON text, for the doors to send as it is (it must read back as the payload). */
export function withWireText<T extends object>(payload: T, text: string): T {
  writtenTexts.set(payload, text);
  return payload;
}

/** What a door sends for an event: the payload itself, or for a text event its JSON text. */
export function eventOnWire(event: EventName, payload: unknown): unknown {
  if (!isTextEvent(event)) return payload;
  const written = typeof payload === 'object' && payload !== null ? writtenTexts.get(payload) : undefined;
  return written ?? JSON.stringify(payload);
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
