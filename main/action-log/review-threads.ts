import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChainResult } from './chain-verifier';
import { unpackTracked, type PackedTracked } from './tracked-wire';

/**
 * Runs stretches of chains on every core: chains are independent, and a long
 * chain is verified in stretches of whole files that chain-join.ts puts back
 * together. The calling thread takes part (it needs no start-up, and its
 * rows need not cross threads), beside a worker thread (review-worker.ts)
 * for each other core; each takes the next stretch when it is done with one.
 * A stretch a worker could not do (it failed to start, crashed or threw)
 * comes back null, and the caller verifies it itself, so worker threads only
 * ever make a review faster.
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
  parts: Array<Array<{ path: string; end: number }>>;
  pinned: string[] | null;
}

export type StretchReply = { index: number; result: Omit<ChainResult, 'tracked'>; rows: PackedTracked } | { index: number; error: string };

const MAX_THREADS = 4;
/** Starting a thread (loading its code) costs a few hundred milliseconds on a busy machine: below this, one thread is faster. */
export const MIN_THREADED_BYTES = 32 * 2 ** 20;

/**
 * The worker bundle beside this bundle, and a thread per core; null for files too small to gain from threads,
 * where there is one core, or no bundle (tests run on the sources, and pass their own).
 */
export function defaultReviewThreads(sources: ReadonlyArray<{ file?: { end: number } }>): ReviewThreads | null {
  if (sources.reduce((sum, source) => sum + (source.file?.end ?? 0), 0) < MIN_THREADED_BYTES) return null;
  const count = Math.min(availableParallelism(), MAX_THREADS);
  const script = typeof __dirname === 'string' ? join(__dirname, 'review-worker.cjs') : '';
  return count >= 2 && script !== '' && existsSync(script) ? { script, count } : null;
}

/**
 * Every stretch's result, in task order. `here` verifies a stretch on the
 * calling thread, and redoes any a worker could not do; without it (tests)
 * worker threads do every stretch, and one they could not do is null.
 */
export function runStretches(tasks: readonly StretchTask[], threads: ReviewThreads, here?: (task: StretchTask) => Promise<ChainResult>): Promise<Array<ChainResult | null>> {
  const results: Array<ChainResult | null> = tasks.map(() => null);
  let next = 0;
  const runOne = (): Promise<void> =>
    new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(threads.script);
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
        if ('result' in reply) results[reply.index] = { ...reply.result, tracked: unpackTracked(reply.rows) };
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
      results[task.index] = await here(task).catch(() => null);
    }
  };
  // Stretches a worker left undone (it failed to start, crashed or threw): done here, after the rest.
  const redoHere = async (): Promise<Array<ChainResult | null>> => {
    if (here !== undefined) for (const task of tasks) results[task.index] ??= await here(task);
    return results;
  };
  const workers = Math.min(threads.count - (here === undefined ? 0 : 1), tasks.length);
  return Promise.all([runHere(), ...Array.from({ length: workers }, runOne)]).then(redoHere);
}
