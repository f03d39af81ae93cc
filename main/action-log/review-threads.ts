import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChainResult } from './chain-verifier';

/**
 * Runs stretches of chains on worker threads (review-worker.ts), one per
 * core: chains are independent, and a long chain is verified in stretches of
 * whole files that chain-join.ts puts back together. Each thread takes the
 * next stretch when it is done with one. A stretch a thread could not do
 * (it failed to start, crashed or threw) comes back null, and the caller
 * verifies it on its own thread, so threads only ever make a review faster.
 */
export interface ReviewThreads {
  /** The worker bundle (review-worker.cjs). */
  script: string;
  count: number;
}

export interface StretchTask {
  index: number;
  id: string;
  parts: Array<Array<{ path: string; end: number }>>;
  pinned: string[] | null;
}

export type StretchReply = { index: number; result: ChainResult } | { index: number; error: string };

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

export function runStretches(tasks: readonly StretchTask[], threads: ReviewThreads): Promise<Array<ChainResult | null>> {
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
      let current: number | null = null;
      const giveNext = () => {
        if (next >= tasks.length) {
          current = null;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage(tasks[current]);
      };
      worker.on('message', (reply: StretchReply) => {
        if ('result' in reply) results[reply.index] = reply.result;
        giveNext();
      });
      // A thread that fails leaves its stretch (null) to the caller; the other threads take the rest.
      worker.on('error', () => undefined);
      worker.on('exit', () => resolve());
      giveNext();
    });
  return Promise.all(Array.from({ length: Math.min(threads.count, tasks.length) }, runOne)).then(() => results);
}
