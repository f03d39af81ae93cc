import { parentPort } from 'node:worker_threads';
import { verifyChain } from './chain-verifier';
import { rangeSource } from './log-source';
import type { StretchReply, StretchTask } from './review-threads';
import { packTracked, transferablesOf } from './tracked-wire';

/**
 * A review thread (built as its own small bundle beside each bundle that
 * reviews logs, requiring only Node's built-in modules): verifies the
 * stretches of chains it is handed, one at a time, exactly as the main thread
 * would (chain-verifier.ts), and sends back the rows in packed pieces
 * (tracked-wire.ts: by column, their number buffers moved, not copied), then the rest of the result. Pieces keep each unpacking
 * on the calling thread short: in the app that thread serves the window. The
 * files are read here, so their bytes never cross threads.
 */
const ROWS_PER_PIECE = 2_000;

const port = parentPort;
if (port === null) throw new Error('review-worker runs only as a worker thread');

port.on('message', (task: StretchTask) => {
  const parts = task.parts.map((set) => set.map(rangeSource));
  verifyChain({ id: task.id, parts, pinned: task.pinned === null ? null : new Set(task.pinned) }).then(
    ({ tracked, ...result }) => {
      for (let at = 0; at < tracked.length; at += ROWS_PER_PIECE) {
        const rows = packTracked(tracked.slice(at, at + ROWS_PER_PIECE));
        port.postMessage({ index: task.index, rows } satisfies StretchReply, transferablesOf(rows));
      }
      port.postMessage({ index: task.index, result } satisfies StretchReply);
    },
    (error: unknown) => port.postMessage({ index: task.index, error: (error as Error).message ?? String(error) } satisfies StretchReply),
  );
});
