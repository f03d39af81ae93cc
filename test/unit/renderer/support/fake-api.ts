import { createApi, type PasscodeDeskApi } from '../../../../shared/ipc/api';
import type { ChannelName, ChannelRequest, ChannelResponse, EventName, EventPayload } from '../../../../shared/ipc/contract';
import { eventOnWire } from '../../../../shared/ipc/text-events';
import type { Result } from '../../../../shared/result';

type Handler<C extends ChannelName> = (request: ChannelRequest<C>) => Result<ChannelResponse<C>> | Promise<Result<ChannelResponse<C>>>;
export type FakeHandlers = { [C in ChannelName]?: Handler<C> };

export interface FakeApi {
  api: PasscodeDeskApi;
  handlers: FakeHandlers;
  calls: Array<{ channel: ChannelName; request: unknown }>;
  callsTo<C extends ChannelName>(channel: C): ChannelRequest<C>[];
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Sends what a door would put on the wire, as it is (e.g. a device page's text that is not JSON). */
  emitWire(event: EventName, wire: unknown): void;
}

/**
 * A stand-in for main, built with the same `createApi` the real bridges use,
 * so every answer and event is checked against the contract exactly as in the
 * app. Channels without a handler answer `unavailable`, as unwired ones do.
 */
export function createFakeApi(handlers: FakeHandlers = {}): FakeApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: FakeApi['calls'] = [];
  const api = createApi({
    async invoke(channel, request) {
      calls.push({ channel, request });
      const handler = handlers[channel] as ((request: unknown) => unknown) | undefined;
      if (!handler) return { ok: false, error: { code: 'unavailable', message: `${channel} is not faked` } };
      return handler(request);
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  });
  return {
    api,
    handlers,
    calls,
    callsTo: <C extends ChannelName>(channel: C) => calls.filter((c) => c.channel === channel).map((c) => c.request as ChannelRequest<C>),
    emit(event, payload) {
      // As the doors send it: device pages as JSON text (contract.ts textEvents).
      const wire = eventOnWire(event, payload);
      listeners.get(event)?.forEach((listener) => listener(wire));
    },
    emitWire(event, wire) {
      listeners.get(event)?.forEach((listener) => listener(wire));
    },
  };
}

/** Puts the fake where the preload puts the real bridge. */
export function installFakeApi(fake: FakeApi): void {
  Object.defineProperty(window, 'passcodeDesk', { value: fake.api, configurable: true, writable: true });
}
