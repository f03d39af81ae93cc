import type { TextEventWire } from '../../shared/ipc/contract';
import { readTextEvent, type TextEventReading } from '../../shared/ipc/text-events';
import { isPackedPage, unpackPage } from './device-page-answer';

export type DevicePageReading = TextEventReading<'devicesProgress'>;

/** What the reader needs of a Worker (tests hand it one on a MessageChannel). */
export interface PageWorker {
  postMessage(page: TextEventWire, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((message: { data: unknown }) => void) | null;
  onerror: ((event: { preventDefault?(): void }) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
}

/**
 * Reads device pages (JSON text, contract.ts `textEvents`) in a worker, so
 * that parsing and checking them, most of each page's time on the window's
 * main thread before (issue 19), no longer holds up a keystroke. Readings come
 * back in the order the pages came. A page that came as bytes (the browser
 * host's binary frames) is moved to the worker, not copied into its heap as
 * a string.
 *
 * Nothing is lost if the worker cannot start or dies: every page it had not
 * answered, and every later one, is read on the main thread instead, in order.
 */
export interface DevicePageReader {
  read(page: TextEventWire): void;
  /** Pages handed to the worker and not answered yet. */
  readonly waiting: number;
  /** Stops the worker; pages not answered yet are dropped (the window is going away). */
  close(): void;
}

/** The worker, or null where there is none (a test's DOM, or a browser without workers). */
export function startDevicePageWorker(): PageWorker | null {
  if (typeof Worker !== 'function') return null;
  try {
    // Vite bundles the worker from this exact form; it is served from the app's own origin (CSP script-src).
    return new Worker(new URL('./device-page-worker.ts', import.meta.url), { type: 'module', name: 'device-pages' }) as unknown as PageWorker;
  } catch {
    return null;
  }
}

export function createDevicePageReader(deliver: (reading: DevicePageReading) => void, start: () => PageWorker | null = startDevicePageWorker): DevicePageReader {
  let worker = start();
  // Each page handed to the worker and not answered yet, kept to be read here should the worker die.
  let waiting: TextEventWire[] = [];
  const readHere = (page: TextEventWire) => deliver(readTextEvent('devicesProgress', page));

  const fallBack = () => {
    if (worker === null) return;
    worker.terminate();
    worker = null;
    // Read here, in order, what the worker had not answered: nothing is lost.
    const left = waiting;
    waiting = [];
    for (const page of left) readHere(page);
  };

  if (worker !== null) {
    worker.onmessage = ({ data }) => {
      if (waiting.length === 0) return;
      const page = waiting.shift()!;
      // An answer of the wrong shape means the worker is not ours to trust: read the page here.
      const reading = isPackedPage(data) ? unpackPage(data) : isReading(data) ? data : null;
      if (reading !== null) deliver(reading);
      else readHere(page);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      fallBack();
    };
    worker.onmessageerror = fallBack;
  }

  return {
    read(page) {
      if (worker === null) return readHere(page);
      waiting.push(page);
      if (typeof page === 'string') return worker.postMessage(page);
      // Moved, not cloned: the worker gets its own bytes at no cost here, and `waiting` keeps the page.
      const moved = page.slice(0);
      worker.postMessage(moved, [moved]);
    },
    get waiting() {
      return waiting.length;
    },
    close() {
      worker?.terminate();
      worker = null;
      waiting = [];
    },
  };
}

function isReading(data: unknown): data is DevicePageReading {
  if (typeof data !== 'object' || data === null) return false;
  const kind = (data as { kind?: unknown }).kind;
  return kind === 'event' || kind === 'dropped' || kind === 'unreadable';
}
