import { hostname as osHostname } from 'node:os';
import type { ActionLog } from '../action-log/action-log';
import type { Clock } from '../base/clock';
import type { Logger } from '../base/logger';
import type { ForwardingStatus } from '../../shared/forwarding/forwarding-status';
import { openCollectorSession, type CollectorSession, type DeliveryLimits } from './collector-connection';
import type { CollectorTarget } from './collector-target';
import { loadCursor, saveCursor, type Cursor } from './forward-cursor';
import { problemOf } from './forwarding-fault';
import { startPosition } from './start-position';
import { syslogFramer } from './syslog-message';
import { readUnsent, type LineToSend, type Position } from './unsent-lines';

export interface ForwarderLimits extends DeliveryLimits {
  batchLines: number;
  batchBytes: number;
  /** A connection is confirmed once it has carried this much: what an abrupt close makes us send again. */
  connectionBytes: number;
  backoffFirstMs: number;
  backoffMaxMs: number;
}

export const defaultForwarderLimits: ForwarderLimits = {
  connectMs: 15_000,
  drainMs: 30_000,
  batchLines: 1000,
  batchBytes: 1024 * 1024, // two batches in memory at a time (one going out, one read ahead), however far behind
  connectionBytes: 16 * 1024 * 1024,
  backoffFirstMs: 1_000,
  backoffMaxMs: 5 * 60_000,
};

export interface ForwarderOptions {
  log: Pick<ActionLog, 'folder' | 'installId' | 'durableFiles' | 'tip' | 'onDurable'>;
  target: CollectorTarget;
  required: boolean;
  clock: Clock;
  logger: Logger;
  random?: () => number;
  hostname?: string;
  limits?: Partial<ForwarderLimits>;
  onStatus?: (status: ForwardingStatus) => void;
}

export interface Forwarder {
  status(): ForwardingStatus;
  /** Skips the rest of a back-off wait, e.g. when the technician asks to try again. */
  retryNow(): void;
  close(): Promise<void>;
}

/** Exponential back-off with jitter, so a fleet of desks does not reconnect in step after the collector comes back. */
export function backoffDelay(failures: number, limits: Pick<ForwarderLimits, 'backoffFirstMs' | 'backoffMaxMs'>, random: () => number): number {
  const ceiling = Math.min(limits.backoffMaxMs, limits.backoffFirstMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/**
 * Sends every synced line of the local log to the collector, in order, from a
 * durable cursor. Appending never waits for it: the writer only pokes it.
 */
export function startForwarder(options: ForwarderOptions): Forwarder {
  const { log, target, clock, logger } = options;
  const limits = { ...defaultForwarderLimits, ...options.limits };
  const random = options.random ?? Math.random;
  const host = options.hostname ?? osHostname();
  const iso = (ms: number) => new Date(ms).toISOString();
  const frameBatch = syslogFramer({ hostname: host, procId: process.pid, installId: log.installId });

  let closed = false;
  let wake: (() => void) | null = null;
  let dirty = false; // a line was synced since the last read: do not go idle
  const stopping = new AbortController();
  let waiting = new AbortController();
  let deliveredSeq = 0;
  let failures = 0;
  let status: ForwardingStatus = {
    state: 'sending',
    offReason: null,
    collector: target.address,
    required: options.required,
    pending: 0,
    behindSince: null,
    lastDeliveredAt: null,
    lastError: null,
    nextAttemptAt: null,
  };

  let announced = false;
  function update(patch: Partial<ForwardingStatus>): void {
    const pending = Math.max(0, log.tip().seq - deliveredSeq);
    status = { ...status, ...patch, pending };
    if (pending === 0) status.behindSince = null;
    else if (status.behindSince === null) status.behindSince = iso(clock.now());
    // Many appends in one turn make one status event, not one each.
    if (announced) return;
    announced = true;
    queueMicrotask(() => {
      announced = false;
      options.onStatus?.(status);
    });
  }

  // The writer calls this before the append it just synced resolves. Waking the idle loop at once
  // would run its next step (listing and opening the month files) inside that append, ahead of the
  // caller waiting for it: a profile of paired appends on disk showed it (docs/benchmarks.md, issue 19
  // session 6). So the loop wakes in a task of its own, once per turn however many lines were synced.
  let wakeQueued = false;
  const stopListening = log.onDurable(() => {
    dirty = true;
    update({});
    if (wake === null || wakeQueued) return;
    wakeQueued = true;
    setImmediate(() => {
      wakeQueued = false;
      wake?.();
    });
  });

  async function idle(): Promise<void> {
    if (dirty || closed) return;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
  }

  async function backOff(): Promise<void> {
    const delay = backoffDelay(failures, limits, random);
    waiting = new AbortController();
    update({ state: 'retrying', nextAttemptAt: iso(clock.now() + delay) });
    await clock.sleep(delay, waiting.signal).catch(() => undefined);
  }

  // The cursor only spares resending after a restart (a lost or stale one means duplicates, never a
  // gap), so delivery is reported without waiting for it: it is written off the event loop, one write
  // at a time, and a cursor confirmed while one is being written replaces any still waiting. Its two
  // fsyncs were 4-17 ms on main per confirmed connection, on the path of every action's line.
  let cursorToWrite: Cursor | null = null;
  let cursorWrites: Promise<void> | null = null;
  let cursorFailed = false;
  function recordCursor(cursor: Cursor): void {
    cursorToWrite = cursor;
    cursorWrites ??= (async () => {
      for (;;) {
        const next: Cursor | null = cursorToWrite;
        if (next === null) break;
        cursorToWrite = null;
        try {
          await saveCursor(log.folder, target.address, next);
          cursorFailed = false;
        } catch (error) {
          // Sending goes on: what the collector confirmed is delivered whether or not this is written.
          if (!cursorFailed) logger.warn(`Forwarding: the position for ${target.address} could not be saved (${(error as Error).message}); after a restart, lines it already has may be sent again.`);
          cursorFailed = true;
        }
      }
      cursorWrites = null;
    })();
  }

  async function run(): Promise<void> {
    const start = await startPosition(log.durableFiles(), loadCursor(log.folder, target.address));
    if (!start.trusted) logger.warn(`Forwarding: the saved position for ${target.address} no longer matches the log; sending the whole log again.`);
    let position: Position = start.position;
    // Batches ride one connection while more are waiting; they count as delivered only once it is
    // confirmed (see openCollectorSession). Until then `confirmed` is where to start again if it fails.
    let session: CollectorSession | null = null;
    let confirmed: Position = position;
    let carried: LineToSend | null = null; // the last line the open connection carried
    let carriedBytes = 0;
    deliveredSeq = start.seq;
    update({});

    const confirm = async (open: CollectorSession) => {
      session = null;
      await open.confirm();
      const last: LineToSend | null = carried;
      if (last) {
        recordCursor({ file: last.file, offset: last.end, seq: last.seq, hash: last.hash });
        deliveredSeq = Math.max(deliveredSeq, last.seq);
      }
      confirmed = position;
      carried = null;
      carriedBytes = 0;
      failures = 0;
      status.behindSince = null; // recomputed from the next batch's first line, if any
      update({ state: 'connected', lastError: null, lastDeliveredAt: iso(clock.now()) });
    };

    // The next batch is read while the one before it goes out, so the collector is not left waiting for
    // our disk read and hashing between batches: sending a backlog of 100,000 lines spent longer in
    // those gaps than in our own CPU (docs/benchmarks.md, issue 19 session 11). A read ahead is used
    // only if sending resumes exactly where it starts; after a failure it is dropped.
    type Read = { from: Position; tipBefore: number; batch: ReturnType<typeof readUnsent> };
    const startRead = (from: Position): Read => {
      dirty = false; // a line synced from here on is not in this read: it marks the loop to read again
      const read = { from, tipBefore: log.tip().seq, batch: readUnsent(log.durableFiles(), from, limits.batchLines, limits.batchBytes) };
      read.batch.catch(() => undefined); // a read ahead that is dropped may fail unawaited
      return read;
    };
    let ahead: Read | null = null;

    try {
      while (!closed) {
        const read: Read = ahead !== null && ahead.from === position ? ahead : startRead(position);
        ahead = null;
        const { tipBefore } = read;
        const batch = await read.batch;
        if (closed) break;
        try {
          if (batch.lines.length === 0) {
            position = batch.next;
            if (session) {
              await confirm(session); // caught up: what the connection carried is confirmed, then read again
              continue;
            }
            confirmed = position;
            deliveredSeq = Math.max(deliveredSeq, tipBefore); // everything synced before the read was sent (or unreadable)
            update({ state: 'connected' });
            await idle();
            continue;
          }
          const first = batch.lines[0]!;
          if (first.time && status.behindSince !== null && first.time < status.behindSince) status.behindSince = first.time;
          update({ state: 'sending', nextAttemptAt: null });
          const payload = frameBatch(batch.lines);
          ahead = startRead(batch.next);
          session ??= await openCollectorSession(target, clock, limits, stopping.signal);
          await session.send(payload);
          position = batch.next;
          carried = batch.lines.at(-1)!;
          carriedBytes += payload.length;
          if (carriedBytes >= limits.connectionBytes) await confirm(session);
        } catch (error) {
          if (closed) break;
          // Everything the failed connection carried goes again, from the last confirmed line.
          session?.destroy();
          session = null;
          ahead = null;
          position = confirmed;
          carried = null;
          carriedBytes = 0;
          failures++;
          update({ lastError: problemOf(error, target.address) });
          if (failures === 1) logger.warn(`Forwarding: ${(error as Error).message}`);
          await backOff();
        }
      }
    } finally {
      session?.destroy();
      await ahead?.batch.catch(() => undefined); // its file is closed before close() resolves
      await cursorWrites; // a forwarder that has closed has nothing left writing in the log folder
    }
  }

  const running = run().catch((error: unknown) => {
    logger.error('Forwarding stopped', error);
    update({ state: 'retrying', lastError: { code: 'halted', params: { detail: error instanceof Error ? error.message : String(error) } } });
  });

  return {
    status: () => status,
    retryNow: () => waiting.abort(),
    async close() {
      closed = true;
      stopListening();
      stopping.abort();
      waiting.abort();
      wake?.();
      await running;
    },
  };
}
