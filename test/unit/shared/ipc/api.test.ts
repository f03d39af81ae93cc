import { describe, expect, it } from 'vitest';
import { createApi, eventMethodName, type Transport } from '../../../../shared/ipc/api';
import type { EventName } from '../../../../shared/ipc/contract';
import { defaultSettings } from '../../../../shared/settings/settings';
import { makeDevice } from '../../renderer/support/fixtures';

/** A transport whose events the test pushes by hand, as main would send them. */
function pushTransport() {
  const listeners = new Map<EventName, (payload: unknown) => void>();
  const transport: Transport = {
    invoke: async () => ({ ok: true, value: null }),
    subscribe(event, listener) {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return { transport, push: (event: EventName, payload: unknown) => listeners.get(event)?.(payload) };
}

describe('events from main checked against the contract', () => {
  it('hands a device page over as the text it came as, for the window to read off its main thread', () => {
    const { transport, push } = pushTransport();
    const received: unknown[] = [];
    createApi(transport).onDevicesProgress((text) => received.push(text));
    const text = JSON.stringify({ loadId: 'L1', devices: [makeDevice()], loaded: 1, done: false, error: null });
    push('devicesProgress', text);
    // The browser host's binary frames bring the same JSON as bytes: handed over as they came, not copied into a string.
    const bytes = new TextEncoder().encode(text).slice().buffer;
    push('devicesProgress', bytes);
    // Something other than text or bytes becomes empty text, which reads as unreadable: the load stops, no gap.
    push('devicesProgress', { loadId: 'L1', devices: [], loaded: 1, done: true, error: null });
    expect(received).toEqual([text, bytes, '']);
    expect(received[1]).toBe(bytes);
  });

  it('drops other broken events, which the next one or a reload brings again', () => {
    const { transport, push } = pushTransport();
    const received: unknown[] = [];
    createApi(transport).onForwardingStatus((event) => received.push(event));
    push('forwardingStatus', { nonsense: true });
    expect(received).toEqual([]);
  });
});

/** A transport that answers every call with `answer` and lets the test emit events. */
function fakeTransport(answer: (channel: string, request: unknown) => unknown) {
  const listeners = new Map<string, (payload: unknown) => void>();
  const calls: Array<[string, unknown]> = [];
  const transport: Transport = {
    invoke: async (channel, request) => {
      calls.push([channel, request]);
      return answer(channel, request);
    },
    subscribe: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return { transport, calls, emit: (event: string, payload: unknown) => listeners.get(event)?.(payload), listeners };
}

describe('createApi: the renderer trusts only shapes it was promised', () => {
  it('passes a well-formed answer through, and sends {} for a call with no request', async () => {
    const fake = fakeTransport(() => ({ ok: true, value: defaultSettings }));
    const api = createApi(fake.transport);
    expect(await api.getSettings(undefined as never)).toEqual({ ok: true, value: defaultSettings });
    expect(fake.calls).toEqual([['getSettings', {}]]);
  });

  it('turns an answer of the wrong shape into an internal error value naming the channel', async () => {
    const api = createApi(fakeTransport(() => ({ ok: true, value: { tenant: 42 } })).transport);
    expect(await api.getSettings(undefined as never)).toEqual({ ok: false, error: { code: 'internal', message: 'Unexpected answer from main on getSettings' } });
  });

  it('turns a transport that throws into an error value, never a rejected promise', async () => {
    const api = createApi(fakeTransport(() => {
      throw new Error('channel closed');
    }).transport);
    const result = await api.getSettings(undefined as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('channel closed') } });
  });

  it('hands a listener only event payloads that match the contract; the unsubscribe stops it', () => {
    const fake = fakeTransport(() => null);
    const api = createApi(fake.transport);
    const seen: unknown[] = [];
    const stop = api.onSettingsChanged((settings) => seen.push(settings));
    fake.emit('settingsChanged', { broken: true });
    fake.emit('settingsChanged', defaultSettings);
    expect(seen).toEqual([defaultSettings]);
    stop();
    expect(fake.listeners.has('settingsChanged')).toBe(false);
  });

  it('names each event method onX', () => {
    expect(eventMethodName('devicesProgress')).toBe('onDevicesProgress');
  });
});
