import { resultSchema, type Result } from '../result';
import {
  channelNames,
  channels,
  eventNames,
  events,
  type ChannelName,
  type ChannelRequestInput,
  type ChannelResponse,
  isTextEvent,
  type EventName,
  type EventPayload,
  type TextEventName,
  isTextEventWire,
  type TextEventWire,
} from './contract';
import { describeProblem, invalidEventStandIns, type EventProblem } from './invalid-events';

/**
 * How a bridge reaches main: Electron IPC in the preload, HTTP + WebSocket in
 * the browser host. Both bridges build the same API object from it.
 */
export interface Transport {
  invoke(channel: ChannelName, request: unknown): Promise<unknown>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

type CallMethods = {
  [C in ChannelName]: (request: ChannelRequestInput<C>) => Promise<Result<ChannelResponse<C>>>;
};
/** What a listener of an event is handed: the checked payload, or for a text event its JSON as it came (see textEvents). */
export type EventListenerPayload<E extends EventName> = E extends TextEventName ? TextEventWire : EventPayload<E>;
type EventMethods = {
  [E in EventName as `on${Capitalize<E>}`]: (listener: (payload: EventListenerPayload<E>) => void) => () => void;
};

/** One method per operation and one `onX` per event; each `onX` returns its unsubscribe. */
export type PasscodeDeskApi = CallMethods & EventMethods;

export function eventMethodName(event: EventName): string {
  return `on${event[0]!.toUpperCase()}${event.slice(1)}`;
}

/**
 * Builds the API object from the contract. Answers from main are checked
 * against the contract too: the renderer never trusts a shape it was not
 * promised, and a broken answer becomes an `internal` error value.
 */
export function createApi(transport: Transport): PasscodeDeskApi {
  const api: Record<string, unknown> = {};
  for (const name of channelNames) {
    const envelope = resultSchema(channels[name].response);
    api[name] = async (request: unknown) => {
      let raw: unknown;
      try {
        raw = await transport.invoke(name, request ?? {});
      } catch (cause) {
        return { ok: false, error: { code: 'internal', message: `The app's main process did not answer: ${String(cause)}` } };
      }
      const parsed = envelope.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, error: { code: 'internal', message: `Unexpected answer from main on ${name}` } };
      }
      return parsed.data;
    };
  }
  for (const name of eventNames) {
    api[eventMethodName(name)] = (listener: (payload: unknown) => void) =>
      transport.subscribe(name, (payload) => {
        if (isTextEvent(name)) {
          // Read and checked against the contract off the window's main thread (readTextEvent); a
          // payload that is neither text nor bytes is handed on as empty, which reads as unreadable:
          // a clear error, not a gap.
          return listener(isTextEventWire(payload) ? payload : '');
        }
        const checked = checkEvent(name, payload);
        if (checked !== null) listener(checked);
      });
  }
  return api as PasscodeDeskApi;
}

/**
 * An event's payload checked against the contract, or null when it is dropped. A broken event is
 * dropped, unless dropping it would lose something silently (invalid-events.ts): then its stand-in.
 */
export function checkEvent<E extends EventName>(name: E, payload: unknown): EventPayload<E> | null {
  const parsed = events[name].safeParse(payload);
  if (parsed.success) return parsed.data as EventPayload<E>;
  const standIn = invalidEventStandIns[name] as ((raw: unknown, problem: EventProblem) => EventPayload<E> | null) | undefined;
  return standIn?.(payload, describeProblem(parsed.error)) ?? null;
}
