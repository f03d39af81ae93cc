import { parentPort } from 'node:worker_threads';
import { verifyChain } from './chain-verifier';
import { fileSource } from './log-source';
import type { StretchReply, StretchTask } from './review-threads';
import { packTracked } from './tracked-wire';

/**
 * A review thread (built as its own small bundle beside each bundle that
 * reviews logs): verifies the stretches of chains it is handed, one at a
 * time, exactly as the main thread would (chain-verifier.ts), and sends back
 * the result, its rows packed (tracked-wire.ts). The files are read here, so
 * their bytes never cross threads.
 */
const port = parentPort;
if (port === null) throw new Error('review-worker runs only as a worker thread');

port.on('message', (task: StretchTask) => {
  const parts = task.parts.map((set) => set.map((file) => fileSource(file.path, file.end)));
  verifyChain({ id: task.id, parts, pinned: task.pinned === null ? null : new Set(task.pinned) }).then(
    ({ tracked, ...result }) => port.postMessage({ index: task.index, result, rows: packTracked(tracked) } satisfies StretchReply),
    (error: unknown) => port.postMessage({ index: task.index, error: (error as Error).message ?? String(error) } satisfies StretchReply),
  );
});
