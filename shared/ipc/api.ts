import { resultSchema, type Result } from '../result';
import {
  channelNames,
  channels,
  eventNames,
  events,
  type ChannelName,
  type ChannelRequestInput,
  type ChannelResponse,
  type EventName,
  type EventPayload,
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
type EventMethods = {
  [E in EventName as `on${Capitalize<E>}`]: (listener: (payload: EventPayload<E>) => void) => () => void;
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
    const schema = events[name];
    const standIn = invalidEventStandIns[name] as ((raw: unknown, problem: EventProblem) => unknown) | undefined;
    api[eventMethodName(name)] = (listener: (payload: unknown) => void) =>
      transport.subscribe(name, (payload) => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) return listener(parsed.data);
        // A broken event is dropped, unless dropping it would lose something silently (invalid-events.ts).
        const replacement = standIn?.(payload, describeProblem(parsed.error));
        if (replacement !== undefined && replacement !== null) listener(replacement);
      });
  }
  return api as PasscodeDeskApi;
}
