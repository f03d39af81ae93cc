import { describe, expect, it } from 'vitest';
import { describeTrace, gcPauses, longPageTasks, pageMainThread, type TraceEvent } from '../../../../bench/window/trace-tasks';

// A trace as Chromium writes it: thread names, then complete ('X') events in microseconds.
const pid = 7;
const main = 11;
const worker = 12;
const named = (tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });
const task = (ts: number, wallMs: number, threadMs: number, tid = main): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', pid, tid, ts, dur: wallMs * 1000, tdur: threadMs * 1000 });
const inside = (name: string, ts: number, wallMs: number, threadMs: number, args?: Record<string, unknown>): TraceEvent => ({ name, ph: 'X', pid, tid: main, ts, dur: wallMs * 1000, tdur: threadMs * 1000, ...(args ? { args } : {}) });
const nvp = (line: Record<string, unknown>): TraceEvent => ({ name: 'V8.GCTraceGCNVP', ph: 'X', pid, tid: main, ts: 1, dur: 0, args: { value: JSON.stringify(line) } });

const trace: TraceEvent[] = [
  named(main, 'CrRendererMain'),
  named(worker, 'DedicatedWorker thread'),
  task(1_000_000, 70, 69),
  inside('V8.InvokeApiInterruptCallbacks', 1_000_100, 68, 68),
  // A frame of 12 ms of CPU that took 60 ms: it waited for a core.
  task(2_000_000, 60, 12),
  inside('FireAnimationFrame', 2_000_100, 20, 3),
  inside('Paint', 2_030_000, 10, 4),
  // An intake slice in which a major collection finished.
  task(3_000_000, 55, 20),
  inside('RunPostTaskCallback', 3_000_100, 54, 19),
  inside('MajorGC', 3_010_000, 40, 16),
  // A key: not long, so not listed.
  task(4_000_000, 9, 5),
  inside('EventDispatch', 4_000_100, 8, 4, { data: { type: 'keydown' } }),
  // A key that waited: long by wall time only.
  task(5_000_000, 80, 6),
  inside('EventDispatch', 5_000_100, 79, 5, { data: { type: 'textInput' } }),
  // Long, but on another thread: not the page's.
  task(6_000_000, 90, 90, worker),
  nvp({ gc: 'mc', pause: 21.5, reason: 'finalize incremental marking via task', evacuate: 15.25, mark: 1.5 }),
  nvp({ gc: 's', pause: 6, reason: 'allocation failure' }),
  { name: 'V8.GCTraceGCNVP', ph: 'X', pid, tid: main, ts: 2, dur: 0, args: { value: 'not json' } },
];

describe('trace-tasks: what the page\u2019s long tasks were', () => {
  it('finds the page\u2019s main thread', () => {
    expect(pageMainThread(trace)).toEqual({ pid, tid: main });
    expect(pageMainThread([named(worker, 'DedicatedWorker thread')])).toBeNull();
  });

  it('lists the main thread\u2019s tasks over the limit with wall and thread time, and names what ran in each', () => {
    expect(longPageTasks(trace, 50)).toEqual([
      { atMs: 0, wallMs: 70, threadMs: 69, gcMs: 0, kind: 'trace start' },
      { atMs: 1000, wallMs: 60, threadMs: 12, gcMs: 0, kind: 'frame' },
      { atMs: 2000, wallMs: 55, threadMs: 20, gcMs: 16, kind: 'garbage collection' },
      { atMs: 4000, wallMs: 80, threadMs: 6, gcMs: 0, kind: 'key' },
    ]);
    // A lower limit takes in the short key too; thread time alone can make a task long.
    expect(longPageTasks(trace, 8).map((t) => t.atMs)).toEqual([0, 1000, 2000, 3000, 4000]);
  });

  it('reads V8\u2019s own summary of each collection, and skips a line it cannot read', () => {
    expect(gcPauses(trace)).toEqual([
      { collector: 'major', pauseMs: 21.5, reason: 'finalize incremental marking via task', evacuateMs: 15.25, markMs: 1.5 },
      { collector: 'minor', pauseMs: 6, reason: 'allocation failure', evacuateMs: 0, markMs: 0 },
    ]);
  });

  it('prints one line a task and the collections', () => {
    const lines = describeTrace(trace, 50);
    expect(lines[0]).toBe("Tasks of the page's main thread over 50 ms (wall or thread time): 4");
    expect(lines).toContain('  at 2000 ms: garbage collection, wall 55.0 ms, thread 20.0 ms, of it collecting 16.0 ms');
    expect(lines).toContain('Major collections on the main thread: 1, pauses 21.5 ms in all');
    expect(lines).toContain('  pause 21.5 ms (evacuate 15.3, mark 1.5): finalize incremental marking via task');
    expect(lines).toContain('Minor collections on the main thread: 1, pauses 6.0 ms in all');
  });
});
