import { describe, expect, it } from 'vitest';
import type { Device } from '../../../../shared/devices/device';
import { createDeviceIngest, type IngestClock } from '../../../../renderer/store/device-ingest';
import { makeDevice } from '../support/fixtures';

/** Tasks and painted frames run only when the test says so. */
function manualClock() {
  const tasks: Array<() => void> = [];
  const paints: Array<() => void> = [];
  const clock: IngestClock = { task: (run) => tasks.push(run), afterPaint: (run) => paints.push(run) };
  return {
    clock,
    get tasks() {
      return tasks.length;
    },
    runTask() {
      const run = tasks.shift();
      if (run === undefined) throw new Error('no task queued');
      run();
    },
    runAllTasks() {
      while (tasks.length > 0) tasks.shift()!();
    },
    paint() {
      const ready = paints.splice(0);
      for (const run of ready) run();
    },
  };
}

const devices = (prefix: string, count: number): Device[] => Array.from({ length: count }, (_, i) => makeDevice({ id: `${prefix}-${i}` }));

/** A fleet that records what it was given, in order, call by call. */
function recorder() {
  const calls: string[][] = [];
  return { calls, ids: () => calls.flat(), add: (batch: readonly Device[]) => void calls.push(batch.map((d) => d.id)) };
}

describe('device ingest', () => {
  it('adds a small page at once, before enqueue returns', () => {
    const time = manualClock();
    const ingest = createDeviceIngest(time.clock, 10);
    const fleet = recorder();
    let done = false;
    ingest.enqueue([{ devices: devices('a', 4), into: () => fleet }], () => (done = true));
    expect(fleet.ids()).toEqual(['a-0', 'a-1', 'a-2', 'a-3']);
    expect(done).toBe(true);
    expect(ingest.pending).toBe(false);
    expect(time.tasks).toBe(0);
  });

  it('adds a large page a slice per task, in order, then runs its follow-up', () => {
    const time = manualClock();
    const ingest = createDeviceIngest(time.clock, 10);
    const fleet = recorder();
    const page = devices('a', 25);
    let done = 0;
    ingest.enqueue([{ devices: page, into: () => fleet }], () => done++);
    expect(fleet.calls.map((c) => c.length)).toEqual([10]);
    expect(done).toBe(0);
    time.runTask();
    expect(fleet.calls.map((c) => c.length)).toEqual([10, 10]);
    time.runTask();
    expect(fleet.ids()).toEqual(page.map((d) => d.id));
    expect(done).toBe(1);
    expect(time.tasks).toBe(0);
  });

  it('keeps pages and their follow-ups in arrival order across fleets', () => {
    const time = manualClock();
    const ingest = createDeviceIngest(time.clock, 3);
    const shown = recorder();
    const fresh = recorder();
    const log: string[] = [];
    ingest.enqueue([{ devices: devices('s', 4), into: () => shown }, { devices: devices('f', 2), into: () => fresh }], () => log.push(`one:${shown.ids().length}/${fresh.ids().length}`));
    ingest.enqueue([{ devices: devices('t', 5), into: () => shown }], () => log.push(`two:${shown.ids().length}`));
    time.runAllTasks();
    expect(log).toEqual(['one:4/2', 'two:9']);
    expect(shown.ids()).toEqual([...devices('s', 4), ...devices('t', 5)].map((d) => d.id));
    expect(fresh.ids()).toEqual(['f-0', 'f-1']);
  });

  it('adds nothing while a keystroke is being painted, and goes on after the paint', () => {
    const time = manualClock();
    const ingest = createDeviceIngest(time.clock, 10);
    const fleet = recorder();
    ingest.enqueue([{ devices: devices('a', 30), into: () => fleet }], () => {});
    ingest.holdUntilPainted();
    time.runAllTasks();
    expect(fleet.ids()).toHaveLength(10);
    // A page arriving meanwhile waits too, rather than jumping ahead of the paint.
    ingest.enqueue([{ devices: devices('b', 2), into: () => fleet }], () => {});
    expect(fleet.ids()).toHaveLength(10);
    time.paint();
    time.runAllTasks();
    expect(fleet.ids()).toEqual([...devices('a', 30), ...devices('b', 2)].map((d) => d.id));
  });

  it('runs what waits for a free moment after the last keystroke is painted', () => {
    const time = manualClock();
    const ingest = createDeviceIngest(time.clock);
    const ran: string[] = [];
    ingest.whenFree(() => ran.push('now'));
    ingest.holdUntilPainted();
    ingest.whenFree(() => ran.push('later'));
    expect(ran).toEqual(['now']);
    time.paint();
    expect(ran).toEqual(['now', 'later']);
  });

  it('forgets what is queued, waiting or held when cleared', () => {
    const time = manualClock();
    const ingest = createDeviceIngest(time.clock, 10);
    const fleet = recorder();
    let followUps = 0;
    ingest.enqueue([{ devices: devices('a', 30), into: () => fleet }], () => followUps++);
    ingest.holdUntilPainted();
    ingest.whenFree(() => followUps++);
    ingest.clear();
    expect(ingest.pending).toBe(false);
    time.paint();
    time.runAllTasks();
    expect(fleet.ids()).toHaveLength(10);
    expect(followUps).toBe(0);
    // Not held any more: the paint of the hold before the clear does not count against a new one.
    ingest.enqueue([{ devices: devices('b', 2), into: () => fleet }], () => followUps++);
    expect(followUps).toBe(1);
  });
});
