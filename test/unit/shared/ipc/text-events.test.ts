import { describe, expect, it } from 'vitest';
import { eventOnWire, readTextEvent } from '../../../../shared/ipc/text-events';
import { defaultSettings } from '../../../../shared/settings/settings';
import { makeDevice } from '../../renderer/support/fixtures';

describe('text events on the wire', () => {
  it('sends a device page as its JSON text and every other event as it is', () => {
    const page = { loadId: 'L1', devices: [makeDevice()], loaded: 1, done: false, error: null };
    expect(eventOnWire('devicesProgress', page)).toBe(JSON.stringify(page));
    expect(eventOnWire('settingsChanged', defaultSettings)).toBe(defaultSettings);
  });
});

describe('reading a device page', () => {
  it('reads a valid page back to what main sent', () => {
    const page = { loadId: 'L1', devices: [makeDevice(), makeDevice({ id: 'dev-2', name: 'Zoë’s "iPad"' })], loaded: 2, done: false, error: null };
    expect(readTextEvent('devicesProgress', JSON.stringify(page))).toEqual({ kind: 'event', payload: page });
  });

  it('turns a page that fails its check into the load stopping with a clear error, not a gap', () => {
    const broken = { ...makeDevice({ id: 'dev-2' }), platform: 'amiga' };
    const reading = readTextEvent('devicesProgress', JSON.stringify({ loadId: 'L1', devices: [makeDevice(), broken], loaded: 252, done: false, error: null }));
    expect(reading).toMatchObject({ kind: 'event', payload: { loadId: 'L1', devices: [], loaded: 250, done: true, error: { code: 'internal' } } });
    const { error } = (reading as { payload: { error: { message: string; say?: unknown } } }).payload;
    expect(error.message).toContain('A page of 2 devices');
    expect(error.message).toContain('(devices.1.platform: Invalid option)');
    // Where the problem is, never the value main sent.
    expect(error.message).not.toContain('amiga');
    // The window words it in its own language from the code; zod's English stays out of it.
    expect(error.say).toEqual({ code: 'devicePageFailedCheck', params: { count: '2', where: 'devices.1.platform' } });
  });

  it('drops a page without a load id, which no load could own', () => {
    expect(readTextEvent('devicesProgress', JSON.stringify({ devices: [makeDevice()], loaded: 1, done: false, error: null }))).toEqual({ kind: 'dropped' });
  });

  it('says a page that is not JSON is unreadable, without quoting it', () => {
    const reading = readTextEvent('devicesProgress', '{"loadId":"L1","devices":[{"name":"SECRET-LAPTOP"');
    expect(reading).toEqual({ kind: 'unreadable', problem: 'not valid JSON' });
    expect(readTextEvent('devicesProgress', '')).toEqual({ kind: 'unreadable', problem: 'no text' });
  });

  it("reads a page that came as its JSON's UTF-8 bytes (the browser host's binary frames) as it reads the text", () => {
    const page = { loadId: 'L1', devices: [makeDevice({ id: 'dev-2', name: 'Zoë’s "iPad"' })], loaded: 1, done: false, error: null };
    const bytes = new TextEncoder().encode(JSON.stringify(page)).slice().buffer;
    expect(readTextEvent('devicesProgress', bytes)).toEqual({ kind: 'event', payload: page });
  });

  it('says bytes that are not UTF-8 are unreadable, rather than read them with stand-in characters', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]).buffer;
    expect(readTextEvent('devicesProgress', bytes)).toEqual({ kind: 'unreadable', problem: 'not UTF-8 text' });
    expect(readTextEvent('devicesProgress', new ArrayBuffer(0))).toEqual({ kind: 'unreadable', problem: 'no text' });
  });
});
