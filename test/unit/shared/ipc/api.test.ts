import { describe, expect, it } from 'vitest';
import { createApi, eventMethodName, type Transport } from '../../../../shared/ipc/api';
import { defaultSettings } from '../../../../shared/settings/settings';

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
