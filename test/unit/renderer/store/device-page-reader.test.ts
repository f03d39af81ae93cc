import { describe, expect, it } from 'vitest';
import { readTextEvent } from '../../../../shared/ipc/text-events';
import { createDevicePageReader, type DevicePageReading, type PageWorker } from '../../../../renderer/store/device-page-reader';
import { makeDevice } from '../support/fixtures';

/**
 * A worker on a real MessageChannel: pages cross to the other port and the
 * readings come back as messages (structured clone, in their own turn), as
 * with the window's Worker. `fail()` makes it die as a worker that threw would.
 */
function channelWorker() {
  const channel = new MessageChannel();
  let answered = 0;
  let onAnswer: (() => void) | null = null;
  let crashAfter = Infinity;
  channel.port2.onmessage = ({ data }) => {
    if (answered >= crashAfter) return;
    answered++;
    channel.port2.postMessage(readTextEvent('devicesProgress', data as string));
    if (answered === crashAfter) queueMicrotask(() => worker.onerror?.({ preventDefault: () => undefined }));
  };
  let terminated = false;
  const worker: PageWorker = {
    postMessage: (text) => channel.port1.postMessage(text),
    terminate() {
      terminated = true;
      channel.port1.close();
      channel.port2.close();
    },
    onmessage: null,
    onerror: null,
    onmessageerror: null,
  };
  channel.port1.onmessage = (message) => {
    worker.onmessage?.(message);
    onAnswer?.();
  };
  return {
    worker,
    get terminated() {
      return terminated;
    },
    /** The worker answers `count` pages, then dies. */
    crashAfter(count: number) {
      crashAfter = count;
    },
    set onAnswer(run: () => void) {
      onAnswer = run;
    },
  };
}

const page = (loadId: string, ids: string[], done = false) => JSON.stringify({ loadId, devices: ids.map((id) => makeDevice({ id })), loaded: ids.length, done, error: null });

/** Readings as they are delivered; `until(n)` resolves once n have come. */
function collector() {
  const readings: DevicePageReading[] = [];
  let waiter: { count: number; resolve: () => void } | null = null;
  return {
    readings,
    deliver(reading: DevicePageReading) {
      readings.push(reading);
      if (waiter !== null && readings.length >= waiter.count) waiter.resolve();
    },
    until(count: number) {
      return new Promise<void>((resolve) => (readings.length >= count ? resolve() : (waiter = { count, resolve })));
    },
  };
}

const ids = (reading: DevicePageReading) => (reading.kind === 'event' ? reading.payload.devices.map((d) => d.id) : reading.kind);

describe('device page reader', () => {
  it('reads pages in the worker and delivers them in the order they came, none on the calling turn', async () => {
    const worker = channelWorker();
    const got = collector();
    const reader = createDevicePageReader(got.deliver, () => worker.worker);
    reader.read(page('L1', ['a', 'b']));
    reader.read('{"loadId":');
    reader.read(page('L1', ['c'], true));
    // The main thread only handed the texts over.
    expect(got.readings).toEqual([]);
    expect(reader.waiting).toBe(3);
    await got.until(3);
    expect(got.readings.map(ids)).toEqual([['a', 'b'], 'unreadable', ['c']]);
    expect(reader.waiting).toBe(0);
    reader.close();
  });

  it('reads here, in order, every page a dying worker had not answered, and every later one: nothing is lost', async () => {
    const worker = channelWorker();
    worker.crashAfter(1);
    const got = collector();
    const reader = createDevicePageReader(got.deliver, () => worker.worker);
    reader.read(page('L1', ['a']));
    reader.read(page('L1', ['b']));
    reader.read(page('L1', ['c']));
    await got.until(3);
    expect(worker.terminated).toBe(true);
    // After the fall-back, a page is read at once.
    reader.read(page('L1', ['d'], true));
    expect(got.readings.map(ids)).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('reads on the main thread, at once, where no worker can start', () => {
    const got = collector();
    const reader = createDevicePageReader(got.deliver, () => null);
    reader.read(page('L1', ['a']));
    reader.read(JSON.stringify({ devices: [], loaded: 0, done: true, error: null }));
    expect(got.readings.map(ids)).toEqual([['a'], 'dropped']);
  });

  it('reads a page here when the worker answers with something that is not a reading', async () => {
    const channel = new MessageChannel();
    const worker: PageWorker = { postMessage: (text) => channel.port1.postMessage(text), terminate: () => channel.port1.close(), onmessage: null, onerror: null, onmessageerror: null };
    channel.port2.onmessage = () => channel.port2.postMessage({ kind: 'surprise' });
    channel.port1.onmessage = (message) => worker.onmessage?.(message);
    const got = collector();
    const reader = createDevicePageReader(got.deliver, () => worker);
    reader.read(page('L1', ['a']));
    await got.until(1);
    expect(got.readings.map(ids)).toEqual([['a']]);
    reader.close();
    channel.port2.close();
  });

  it('stops the worker on close, and delivers nothing it had not answered', () => {
    const worker = channelWorker();
    const got = collector();
    const reader = createDevicePageReader(got.deliver, () => worker.worker);
    reader.read(page('L1', ['a']));
    reader.close();
    expect(worker.terminated).toBe(true);
    expect(reader.waiting).toBe(0);
    expect(got.readings).toEqual([]);
  });
});
