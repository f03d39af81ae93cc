import { describe, expect, it } from 'vitest';
import { createApi, type Transport } from '../../../../shared/ipc/api';
import type { EventName } from '../../../../shared/ipc/contract';
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
  it('hands a valid device page over as it came', () => {
    const { transport, push } = pushTransport();
    const received: unknown[] = [];
    createApi(transport).onDevicesProgress((event) => received.push(event));
    const page = { loadId: 'L1', devices: [makeDevice()], loaded: 1, done: false, error: null };
    push('devicesProgress', page);
    expect(received).toEqual([page]);
  });

  it('turns a device page that fails its check into the load stopping with a clear error, not a gap', () => {
    const { transport, push } = pushTransport();
    const received: unknown[] = [];
    createApi(transport).onDevicesProgress((event) => received.push(event));
    const broken = { ...makeDevice({ id: 'dev-2' }), platform: 'amiga' };
    push('devicesProgress', { loadId: 'L1', devices: [makeDevice(), broken], loaded: 252, done: false, error: null });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ loadId: 'L1', devices: [], loaded: 250, done: true, error: { code: 'internal' } });
    const { message } = (received[0] as { error: { message: string } }).error;
    expect(message).toContain('A page of 2 devices');
    expect(message).toContain('(devices.1.platform: Invalid option)');
    // Where the problem is, never the value main sent.
    expect(message).not.toContain('amiga');
  });

  it('drops a device page without a load id, which no load could own', () => {
    const { transport, push } = pushTransport();
    const received: unknown[] = [];
    createApi(transport).onDevicesProgress((event) => received.push(event));
    push('devicesProgress', { devices: [makeDevice()], loaded: 1, done: false, error: null });
    expect(received).toEqual([]);
  });

  it('drops other broken events, which the next one or a reload brings again', () => {
    const { transport, push } = pushTransport();
    const received: unknown[] = [];
    createApi(transport).onForwardingStatus((event) => received.push(event));
    push('forwardingStatus', { nonsense: true });
    expect(received).toEqual([]);
  });
});
