/**
 * What the page's long tasks were, read from a Chromium trace of the typing case (page-trace.ts;
 * `node dist/bench/run.cjs --trace-tasks FILE [--over MS]`). Target 4 counts every task of more than
 * 50 ms of wall time during the load; on a shared 2-core machine most of those are tasks of a few
 * milliseconds of the thread's CPU that waited for a core, so each task is given with both times and
 * with what ran inside it: a frame, a key, a slice of the list's intake, the worker's answer, a
 * garbage collection (docs/benchmarks.md "Issue 19 session 12: typing while loading").
 */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  /** Wall time, microseconds. */
  dur?: number;
  /** The thread's CPU time, microseconds. */
  tdur?: number;
  args?: Record<string, unknown>;
}

export type TaskKind = 'frame' | 'key' | 'garbage collection' | 'list intake slice' | 'worker answer' | 'timer' | 'trace start' | 'other';

export interface PageTask {
  /** From the first task of the trace. */
  atMs: number;
  wallMs: number;
  threadMs: number;
  /** CPU of the collections (major and minor) that ran inside the task. */
  gcMs: number;
  kind: TaskKind;
}

export interface GcPause {
  collector: 'major' | 'minor';
  /** The pause as V8 reports it (wall time of the main thread). */
  pauseMs: number;
  reason: string;
  /** Of the pause: copying live objects out of the pages being emptied (the young generation among them). */
  evacuateMs: number;
  markMs: number;
}

const taskName = 'ThreadControllerImpl::RunTask';
const ms = (micros: number | undefined) => (micros ?? 0) / 1000;

/** The page's main thread: Chromium names it CrRendererMain; with several renderers, the busiest. */
export function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  let best: { pid: number; tid: number } | null = null;
  let bestCount = -1;
  for (const main of mains) {
    const count = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === taskName).length;
    if (count > bestCount) {
      best = { pid: main.pid, tid: main.tid };
      bestCount = count;
    }
  }
  return best;
}

function kindOf(inside: readonly TraceEvent[], threadMs: number, gcMs: number): TaskKind {
  const has = (name: string) => inside.some((e) => e.name === name);
  const dispatched = inside.filter((e) => e.name === 'EventDispatch').map((e) => (e.args?.data as { type?: string } | undefined)?.type ?? '');
  // Attaching the tracer runs V8's interrupt callbacks in the trace's first task; untraced runs have no such task.
  if (inside.some((e) => e.name === 'V8.InvokeApiInterruptCallbacks' && ms(e.tdur) > threadMs / 2)) return 'trace start';
  if (gcMs > threadMs / 2) return 'garbage collection';
  if (dispatched.some((type) => type.startsWith('key') || type === 'textInput' || type === 'input')) return 'key';
  if (has('FireAnimationFrame') || has('Paint') || has('Layout') || has('UpdateLayoutTree') || has('PrePaint')) return 'frame';
  if (has('RunPostTaskCallback')) return 'list intake slice';
  if (has('HandlePostMessage')) return 'worker answer';
  if (has('TimerFire')) return 'timer';
  return 'other';
}

/** Every task of the page's main thread over `overMs` of wall or thread time, in order. */
export function longPageTasks(events: readonly TraceEvent[], overMs: number): PageTask[] {
  const main = pageMainThread(events);
  if (main === null) return [];
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = mine.filter((e) => e.name === taskName);
  const start = tasks[0]?.ts ?? 0;
  const found: PageTask[] = [];
  let from = 0;
  for (const task of tasks) {
    while (from < mine.length && mine[from]!.ts < task.ts) from++;
    if (ms(task.dur) <= overMs && ms(task.tdur) <= overMs) continue;
    const end = task.ts + task.dur!;
    const inside: TraceEvent[] = [];
    for (let k = from; k < mine.length && mine[k]!.ts < end; k++) if (mine[k] !== task) inside.push(mine[k]!);
    const gcMs = inside.filter((e) => e.name === 'MajorGC' || e.name === 'MinorGC').reduce((sum, e) => sum + ms(e.tdur), 0);
    const threadMs = ms(task.tdur);
    found.push({ atMs: ms(task.ts - start), wallMs: ms(task.dur), threadMs, gcMs, kind: kindOf(inside, threadMs, gcMs) });
  }
  return found;
}

/** The main thread's collections, as V8's own summary of each (the trace's V8.GCTraceGCNVP events). */
export function gcPauses(events: readonly TraceEvent[]): GcPause[] {
  const main = pageMainThread(events);
  if (main === null) return [];
  const pauses: GcPause[] = [];
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.name !== 'V8.GCTraceGCNVP') continue;
    const value = (e.args as { value?: unknown } | undefined)?.value;
    if (typeof value !== 'string') continue;
    let line: { gc?: string; pause?: number; reason?: string; evacuate?: number; mark?: number };
    try {
      line = JSON.parse(value) as typeof line;
    } catch {
      continue;
    }
    pauses.push({
      collector: line.gc === 'mc' ? 'major' : 'minor',
      pauseMs: line.pause ?? 0,
      reason: line.reason ?? '',
      evacuateMs: line.evacuate ?? 0,
      markMs: line.mark ?? 0,
    });
  }
  return pauses;
}

const fixed = (value: number) => value.toFixed(1);

/** The report `--trace-tasks` prints. */
export function describeTrace(events: readonly TraceEvent[], overMs: number): string[] {
  const tasks = longPageTasks(events, overMs);
  const lines = [`Tasks of the page's main thread over ${overMs} ms (wall or thread time): ${tasks.length}`];
  for (const task of tasks) {
    const gc = task.gcMs > 0 ? `, of it collecting ${fixed(task.gcMs)} ms` : '';
    lines.push(`  at ${task.atMs.toFixed(0)} ms: ${task.kind}, wall ${fixed(task.wallMs)} ms, thread ${fixed(task.threadMs)} ms${gc}`);
  }
  const pauses = gcPauses(events);
  for (const collector of ['major', 'minor'] as const) {
    const mine = pauses.filter((p) => p.collector === collector);
    const total = mine.reduce((sum, p) => sum + p.pauseMs, 0);
    lines.push(`${collector === 'major' ? 'Major' : 'Minor'} collections on the main thread: ${mine.length}, pauses ${fixed(total)} ms in all`);
    if (collector === 'major') for (const p of mine) lines.push(`  pause ${fixed(p.pauseMs)} ms (evacuate ${fixed(p.evacuateMs)}, mark ${fixed(p.markMs)}): ${p.reason}`);
  }
  return lines;
}
