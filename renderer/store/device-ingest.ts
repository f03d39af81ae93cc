import type { Device } from '../../shared/devices/device';
import { afterNextPaint } from './after-next-paint';

/**
 * Puts streamed device pages into the fleet a slice at a time, so that a
 * keystroke never waits behind a whole page of indexing, and waits while a
 * keystroke's results are being painted (issue 19, typing while the list
 * loads). A trace of a 100,000-device window showed keys waiting behind the
 * pages' handlers, and the key's own frame coming after more of them.
 *
 * What is added, and in which order, is exactly what arrived; only the
 * moment each device goes in changes. A search runs over the devices added
 * so far, as it did when each page went in whole.
 */
export interface IngestClock {
  /** Runs `run` in a task of its own, after what is already queued (keys included). */
  task(run: () => void): void;
  /** Runs `run` once the next frame is painted. */
  afterPaint(run: () => void): void;
}

/** Devices added per task: about a millisecond of indexing on a busy 2-core machine. */
export const sliceDevices = 100;

export interface IngestPage {
  devices: readonly Device[];
  /** Where they go, asked when their turn comes (a reload or a swap may have replaced the fleet since). */
  into(): { add(devices: readonly Device[]): void };
}

export interface DeviceIngest {
  /**
   * Queues pages, then `then` once all of them are in. With nothing queued or held, the first
   * slice is added at once (a small page is in before this returns); the rest follow in tasks.
   */
  enqueue(pages: readonly IngestPage[], then: () => void): void;
  /** Runs `run` now, or once the results of the keystrokes being painted are on screen. */
  whenFree(run: () => void): void;
  /** A keystroke changed the results: nothing more is added until they are painted. */
  holdUntilPainted(): void;
  /** Pages queued and not yet added. */
  readonly pending: boolean;
  /** Forgets everything queued or waiting (a reload, a sign-out). */
  clear(): void;
}

function postTask(run: () => void): void {
  // Chromium (and so Electron) schedules these like other page tasks; input still goes first.
  const scheduler = (globalThis as { scheduler?: { postTask?(callback: () => void): Promise<unknown> } }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(run);
  else setTimeout(run, 0);
}

export const windowClock: IngestClock = { task: postTask, afterPaint: afterNextPaint };

interface Job {
  pages: readonly IngestPage[];
  page: number;
  offset: number;
  then: () => void;
}

export function createDeviceIngest(clock: IngestClock = windowClock, slice = sliceDevices): DeviceIngest {
  let jobs: Job[] = [];
  let waiting: Array<() => void> = [];
  let holds = 0;
  let scheduled = false;
  // Bumped by clear(): tasks and paints asked for before it find a newer generation and do nothing.
  let generation = 0;

  function addSlice(): void {
    const started = generation;
    let budget = slice;
    while (jobs.length > 0 && generation === started) {
      const job = jobs[0]!;
      const page = job.pages[job.page];
      if (page === undefined) {
        jobs.shift();
        job.then();
        continue;
      }
      if (budget === 0) return;
      const take = Math.min(budget, page.devices.length - job.offset);
      if (take > 0) page.into().add(take === page.devices.length ? page.devices : page.devices.slice(job.offset, job.offset + take));
      budget -= take;
      job.offset += take;
      if (job.offset >= page.devices.length) {
        job.page++;
        job.offset = 0;
      }
    }
  }

  function schedule(): void {
    if (scheduled || holds > 0 || jobs.length === 0) return;
    scheduled = true;
    const started = generation;
    clock.task(() => {
      if (started !== generation) return;
      scheduled = false;
      if (holds > 0) return;
      addSlice();
      schedule();
    });
  }

  return {
    enqueue(pages, then) {
      const idle = jobs.length === 0 && holds === 0 && !scheduled;
      jobs.push({ pages, page: 0, offset: 0, then });
      if (idle) addSlice();
      schedule();
    },
    whenFree(run) {
      if (holds === 0) run();
      else waiting.push(run);
    },
    holdUntilPainted() {
      const started = generation;
      holds++;
      clock.afterPaint(() => {
        if (started !== generation) return;
        holds--;
        if (holds > 0) return;
        const ready = waiting;
        waiting = [];
        for (const run of ready) run();
        schedule();
      });
    },
    get pending() {
      return jobs.length > 0;
    },
    clear() {
      generation++;
      jobs = [];
      waiting = [];
      holds = 0;
      scheduled = false;
    },
  };
}
