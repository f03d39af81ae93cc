import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChainResult } from './chain-verifier';
import type { FileRange } from './log-source';
import { PackedPiece } from './packed-piece';
import { keptWhole, type RowBlock } from './row-blocks';
import { keepTracked, type PackedTracked } from './tracked-wire';

/**
 * Runs stretches of chains on every core: chains are independent, and a long
 * chain is verified in stretches of whole files that chain-join.ts puts back
 * together. The calling thread takes part (it needs no start-up, and its rows
 * need not cross threads), beside a worker thread (review-worker.ts) for each
 * other core; each takes the next stretch when it is done with one. In the
 * app the calling thread is Electron's main process, which must keep serving
 * the window (IPC, menus) while an admin opens a big log: it verifies in
 * slices of a few milliseconds (chain-verifier.ts `pause`), and checks the
 * workers' rows one small piece (tracked-wire.ts) per turn of its event loop,
 * keeping them packed (packed-piece.ts): no row object is made for them here.
 * A stretch a worker could not do (it failed to start, crashed or threw, or
 * its rows arrived broken) is verified on the calling thread afterwards, so
 * worker threads never change an answer.
 */
export interface ReviewThreads {
  /** The worker bundle (review-worker.cjs). */
  script: string;
  /** Threads in all, the calling one included. */
  count: number;
  /** A chain is cut into stretches no shorter than this (by default 16 MB, so a stretch's set-up never shows); tests cut small logs. */
  minStretchBytes?: number;
}

export interface StretchTask {
  index: number;
  id: string;
  /** Sets of copies of whole files; the first and last may be pieces of a file (review-logs.ts cuts big files). */
  parts: FileRange[][];
  pinned: string[] | null;
}

/** A stretch's rows come in pieces of `rows`, then its result (or why it failed). */
export type StretchReply = { index: number; rows: PackedTracked } | { index: number; result: Omit<ChainResult, 'tracked'> } | { index: number; error: string };

const MAX_THREADS = 4;
/** Starting a thread (loading its code) costs a few hundred milliseconds on a busy machine: below this, one thread is faster. */
export const MIN_THREADED_BYTES = 32 * 2 ** 20;

/**
 * The worker bundle beside this bundle, and a thread per core; null for files too small to gain from threads,
 * or no bundle (tests run on the sources, and pass their own).
 */
export function defaultReviewThreads(sources: ReadonlyArray<{ file?: { end: number } }>): ReviewThreads | null {
  if (sources.reduce((sum, source) => sum + (source.file?.end ?? 0), 0) < MIN_THREADED_BYTES) return null;
  const count = Math.min(availableParallelism(), MAX_THREADS);
  const script = typeof __dirname === 'string' ? join(__dirname, 'review-worker.cjs') : '';
  return count >= 2 && script !== '' && existsSync(script) ? { script, count } : null;
}

/**
 * A worker started from the bundle's text, not its path. Inside a packaged
 * app the bundle sits in app.asar: this thread reads it there like any file
 * (Electron's fs does), and the worker needs no asar support of its own,
 * since the bundle requires only Node's built-in modules (see
 * docs/action-log-format.md, "How the reader runs").
 */
export function startReviewWorker(script: string): Worker {
  return new Worker(readFileSync(script, 'utf8'), { eval: true });
}

/** A worker started before it was needed, and whether it has exited since (it may crash before it is used). */
interface StartedWorker {
  worker: Worker;
  exited: boolean;
}

/**
 * Worker threads started when a review begins, rather than when its stretches are handed out: a worker's
 * start (reading and compiling its bundle, Node's own set-up: about 0.1 s of a core) then overlaps the
 * review's first steps (reading every file's first line, grouping, planning), which mostly wait for the disk.
 * runStretches takes them; those it does not take (the cache answered, too little to share) are ended by
 * `release`, which the review awaits before it answers, so no thread outlives it.
 */
export interface WorkersAhead {
  /** A started worker, or null when none is left; one that already exited comes with `exited` set. */
  take(): StartedWorker | null;
  /** Ends every worker not taken. */
  release(): Promise<void>;
}

export function startWorkersAhead(threads: ReviewThreads, start: (script: string) => Worker = startReviewWorker): WorkersAhead {
  const ready: StartedWorker[] = [];
  for (let i = 1; i < threads.count; i++) {
    try {
      const started: StartedWorker = { worker: start(threads.script), exited: false };
      // Listened to from the start: a worker that fails before it is used is no unhandled error, and its exit is known.
      started.worker.on('error', () => undefined);
      started.worker.once('exit', () => (started.exited = true));
      ready.push(started);
    } catch {
      break; // runStretches tries again, and does the stretches here if no worker starts
    }
  }
  return {
    take: () => ready.shift() ?? null,
    release: async () => {
      await Promise.all(ready.splice(0).map(({ worker }) => worker.terminate()));
    },
  };
}

/** Lets the event loop run (timers, IPC, I/O) before going on. */
export const yieldToLoop = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Every stretch's result, in task order. `here` verifies a stretch on the
 * calling thread, and redoes any a worker could not do; without it (tests)
 * worker threads do every stretch, and one they could not do is null.
 * `settled` is told each stretch's result as soon as it is whole (its rows
 * checked and kept), so the caller can join stretches while the others are verified.
 */
export async function runStretches(
  tasks: readonly StretchTask[],
  threads: ReviewThreads,
  here?: (task: StretchTask) => Promise<ChainResult>,
  settled: (index: number, result: ChainResult) => void = () => undefined,
  ahead: WorkersAhead | null = null,
): Promise<Array<ChainResult | null>> {
  const results: Array<ChainResult | null> = tasks.map(() => null);
  // A stretch's rows as they came: pieces by column stay packed (packed-piece.ts), checked as they are kept.
  const rows: RowBlock[][] = tasks.map(() => []);
  // A stretch some of whose rows did not add up (a broken message) is left undone, so it is verified here.
  const broken = tasks.map(() => false);
  // Pieces not checked and kept yet: one per turn of the event loop, never many in one go.
  let queue = Promise.resolve();
  const keepLater = (index: number, packed: PackedTracked) => {
    queue = queue.then(yieldToLoop).then(() => {
      if (broken[index]) return;
      try {
        const kept = keepTracked(packed);
        rows[index]!.push(kept instanceof PackedPiece ? keptWhole(kept) : kept);
      } catch {
        broken[index] = true;
        rows[index] = [];
      }
    });
  };
  let next = 0;
  const runOne = (): Promise<void> =>
    new Promise((resolve) => {
      const started = ahead?.take() ?? null;
      // A worker started ahead that has exited already (it crashed while the review grouped its files) does nothing:
      // its share is left to the other threads, as for a worker that fails to start. Its exit is not waited for.
      if (started?.exited === true) return resolve();
      let worker: Worker;
      try {
        worker = started?.worker ?? startReviewWorker(threads.script);
      } catch {
        return resolve();
      }
      const giveNext = () => {
        if (next >= tasks.length) {
          void worker.terminate();
          return;
        }
        worker.postMessage(tasks[next++]);
      };
      worker.on('message', (reply: StretchReply) => {
        if ('rows' in reply) return keepLater(reply.index, reply.rows);
        if ('result' in reply) {
          const { index, result } = reply;
          queue = queue.then(() => {
            if (!broken[index]) settled(index, (results[index] = { ...result, tracked: [], more: rows[index]! }));
          });
        }
        giveNext();
      });
      // A thread that fails leaves its stretch (null) to the caller; the other threads take the rest.
      worker.on('error', () => undefined);
      worker.on('exit', () => resolve());
      giveNext();
    });
  const runHere = async (): Promise<void> => {
    if (here === undefined) return;
    while (next < tasks.length) {
      const task = tasks[next++]!;
      // A stretch that fails here is tried again once the workers are done, and its error is the review's.
      const result = (results[task.index] = await here(task).catch(() => null));
      if (result !== null) settled(task.index, result);
    }
  };
  const workers = Math.min(threads.count - (here === undefined ? 0 : 1), tasks.length);
  await Promise.all([runHere(), ...Array.from({ length: workers }, runOne)]);
  await queue;
  // Stretches a worker left undone (it failed to start, crashed or threw): done here, after the rest.
  if (here !== undefined) for (const task of tasks) if (results[task.index] === null) settled(task.index, (results[task.index] = await here(task)));
  return results;
}
