import { describe, expect, it } from 'vitest';
import { eventFrame, readBinaryFrame } from '../../../../shared/browser-host/event-frames';
import { readTextEvent } from '../../../../shared/ipc/text-events';
import { defaultSettings } from '../../../../shared/settings/settings';
import { makeDevice } from '../../renderer/support/fixtures';

const bufferOf = (bytes: Uint8Array) => bytes.slice().buffer;
const bytesOf = (text: string) => bufferOf(new TextEncoder().encode(text));

describe("the browser host's event frames", () => {
  it('sends an ordinary event as a JSON text frame of the event and its payload', () => {
    expect(eventFrame('settingsChanged', defaultSettings)).toBe(JSON.stringify({ event: 'settingsChanged', payload: defaultSettings }));
  });

  it("sends a device page as a binary frame whose bytes read back to the page, names with accents and quotes included", () => {
    const page = { loadId: 'L1', devices: [makeDevice(), makeDevice({ id: 'dev-2', name: 'Zoë’s "iPad"' })], loaded: 2, done: true, error: null };
    const frame = eventFrame('devicesProgress', page);
    expect(frame).toBeInstanceOf(Uint8Array);
    const read = readBinaryFrame(bufferOf(frame as Uint8Array));
    expect(read?.event).toBe('devicesProgress');
    // The page's own JSON, not wrapped or escaped: the worker parses it once.
    expect(new TextDecoder().decode(read!.bytes)).toBe(JSON.stringify(page));
    expect(readTextEvent('devicesProgress', read!.bytes)).toEqual({ kind: 'event', payload: page });
  });

  it('gives the page bytes of their own, so moving them to a worker leaves the frame alone', () => {
    const frame = bytesOf('devicesProgress\n{}');
    const read = readBinaryFrame(frame)!;
    expect(read.bytes).not.toBe(frame);
    expect(read.bytes.byteLength).toBe(2);
  });

  it('refuses a binary frame that does not start with an event name and a newline', () => {
    expect(readBinaryFrame(bytesOf('{"loadId":"L1"}'))).toBeNull();
    expect(readBinaryFrame(bytesOf('\n{}'))).toBeNull();
    expect(readBinaryFrame(bytesOf(''))).toBeNull();
    expect(readBinaryFrame(bytesOf(`${'x'.repeat(200)}\n{}`))).toBeNull();
    expect(readBinaryFrame(bufferOf(new Uint8Array([0xff, 0xfe, 0x0a, 0x7b, 0x7d])))).toBeNull();
  });
});
