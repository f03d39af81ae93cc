import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionLog } from '../../../main/action-log/action-log';
import { silentLogger, type Logger } from '../../../main/base/logger';
import { resolveTarget, type CollectorConfig } from '../../../main/forwarding/collector-target';
import { startForwarder, type Forwarder, type ForwarderLimits } from '../../../main/forwarding/forwarder';
import type { ForwardingStatus } from '../../../shared/forwarding/forwarding-status';
import type { FakeClock } from '../../support/fake-clock';

/** A forwarder on the fake clock whose status changes a test can wait for. */
export function forwardWithStatus(log: ActionLog, config: CollectorConfig, clock: FakeClock, hostname = 'desk-07', limits?: Partial<ForwarderLimits>, logger: Logger = silentLogger) {
  const waiters = new Set<() => void>();
  const forwarder: Forwarder = startForwarder({
    log,
    target: resolveTarget(config),
    required: true,
    clock,
    logger,
    hostname,
    random: () => 0.5,
    limits,
    onStatus: () => waiters.forEach((w) => w()),
  });
  /** Resolves once the status satisfies `check` (checked now and on every status event). */
  function waitFor(check: (s: ForwardingStatus) => boolean): Promise<ForwardingStatus> {
    return new Promise((resolve) => {
      const test = () => {
        if (!check(forwarder.status())) return;
        waiters.delete(test);
        resolve(forwarder.status());
      };
      waiters.add(test);
      test();
    });
  }
  /** Waits until nothing is pending, moving the fake clock past each back-off the forwarder sleeps in. */
  async function drain(): Promise<void> {
    for (;;) {
      const s = await waitFor((st) => (st.state === 'connected' && st.pending === 0) || st.state === 'retrying');
      if (s.state === 'connected') return;
      await clock.advance(Date.parse(s.nextAttemptAt!) - clock.now());
    }
  }
  return { forwarder, waitFor, drain };
}

/** The log lines a central copy holds: the body after the syslog header, which starts at the entry's `{"v":`. */
export function bodiesOf(centralLines: readonly string[]): string[] {
  return centralLines.map((line) => line.slice(line.indexOf('{"v":'))).filter((body) => body.startsWith('{"v":'));
}

/** Every line of the local log, in order. */
export function localLines(log: ActionLog): string[] {
  return log.durableFiles().flatMap(({ path: file }) => readFileSync(file, 'utf8').split('\n').filter((l) => l !== ''));
}

/** Writes the central copy's entries once each, in the order first received, as a file the review can read. */
export function centralCopyFile(dir: string, centralLines: readonly string[]): string {
  const file = path.join(dir, 'central-copy.jsonl');
  writeFileSync(file, [...new Set(bodiesOf(centralLines))].map((l) => `${l}\n`).join(''));
  return file;
}
