import { describe, expect, it } from 'vitest';
import { answerPage } from '../../../../renderer/store/device-page-answer';
import { createDevicePageReader, type DevicePageReading, type PageWorker } from '../../../../renderer/store/device-page-reader';
import { makeDevice } from '../support/fixtures';

/**
 * A worker on a real MessageChannel: pages cross to the other port and the
 * answers come back as messages (structured clone, packed devices moved, in
 * their own turn), as the window's Worker (device-page-worker.ts) sends them. `fail()` makes it die as a worker that threw would.
 */
function channelWorker() {
  const channel = new MessageChannel();
  let answered = 0;
  let onAnswer: (() => void) | null = null;
  let crashAfter = Infinity;
  channel.port2.onmessage = ({ data }) => {
    if (answered >= crashAfter) return;
    answered++;
    const { answer, transfer } = answerPage(data as string | ArrayBuffer);
    channel.port2.postMessage(answer, transfer);
    if (answered === crashAfter) queueMicrotask(() => worker.onerror?.({ preventDefault: () => undefined }));
  };
  let terminated = false;
  const moved: unknown[] = [];
  const worker: PageWorker = {
    postMessage(page, transfer = []) {
      moved.push(...transfer);
      channel.port1.postMessage(page, transfer);
    },
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
    /** What the reader moved to the worker rather than copied. */
    moved,
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
/** The same page as the browser host's binary frame brings it: its JSON's UTF-8 bytes. */
const pageBytes = (loadId: string, ids: string[], done = false) => new TextEncoder().encode(page(loadId, ids, done)).slice().buffer;

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

  it("takes in the worker's packed devices rather than reading the page again here", async () => {
    const worker = channelWorker();
    const got = collector();
    const reader = createDevicePageReader(got.deliver, () => worker.worker);
    reader.read(pageBytes('L1', ['a', 'b']));
    await got.until(1);
    const [reading] = got.readings;
    if (reading?.kind !== 'event') throw new Error('not read');
    expect(reading.payload.devices).toEqual([makeDevice({ id: 'a' }), makeDevice({ id: 'b' })]);
    // The packed answer sends a repeated decision once, so both devices hold that one object;
    // a page read again on this thread would give each device its own.
    expect(reading.payload.devices[0]!.decision).toBe(reading.payload.devices[1]!.decision);
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

  it('moves pages that came as bytes to the worker, and keeps them in order with pages that came as text', async () => {
    const worker = channelWorker();
    const got = collector();
    const reader = createDevicePageReader(got.deliver, () => worker.worker);
    const first = pageBytes('L1', ['a', 'b']);
    reader.read(first);
    reader.read(page('L1', ['c']));
    reader.read(pageBytes('L1', ['d'], true));
    expect(got.readings).toEqual([]);
    // Two byte pages moved, none copied as a string; the caller's own bytes stay whole.
    expect(worker.moved).toHaveLength(2);
    expect(worker.moved).not.toContain(first);
    expect(first.byteLength).toBeGreaterThan(0);
    await got.until(3);
    expect(got.readings.map(ids)).toEqual([['a', 'b'], ['c'], ['d']]);
    reader.close();
  });

  it('reads here the byte pages a dying worker had not answered, although their bytes were moved to it', async () => {
    const worker = channelWorker();
    worker.crashAfter(1);
    const got = collector();
    const reader = createDevicePageReader(got.deliver, () => worker.worker);
    reader.read(pageBytes('L1', ['a']));
    reader.read(pageBytes('L1', ['b']));
    reader.read(pageBytes('L1', ['c']));
    await got.until(3);
    expect(worker.terminated).toBe(true);
    reader.read(pageBytes('L1', ['d'], true));
    expect(got.readings.map(ids)).toEqual([['a'], ['b'], ['c'], ['d']]);
  });
});
