import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollectorConfig } from '../../../main/forwarding/collector-target';
import type { ForwardingProblem } from '../../../shared/forwarding/forwarding-problem';
import { createFakeClock } from '../../support/fake-clock';
import { startRsyslog, type CollectorTls } from '../../support/rsyslog-collector';
import { useTempDirs } from '../../support/temp-dir';
import { makeTestCertificates, type TestCertificates } from '../../support/test-certificates';
import { openLog, sampleEntry } from '../action-log/log-fixtures';
import { bodiesOf, forwardWithStatus, localLines } from './forwarding-harness';

const tempDir = useTempDirs();

/**
 * Each fault: the status says what is wrong in words, appends keep resolving
 * while the forwarder is stuck, and once the fault is gone every line arrives.
 */
async function faultCase(options: {
  collectorTls: (certs: TestCertificates) => CollectorTls;
  badConfig: (certs: TestCertificates, address: string) => CollectorConfig;
  /** Breaks the collector after it started (stop it, freeze it); undone by `repair`. */
  breakCollector?: (collector: Awaited<ReturnType<typeof startRsyslog>>) => Promise<void> | void;
  repair?: (collector: Awaited<ReturnType<typeof startRsyslog>>, certs: TestCertificates) => Promise<void> | void;
  /** Moves the fake clock when the failure only shows after a timeout. */
  untilFailure?: (clock: ReturnType<typeof createFakeClock>) => Promise<void>;
  error: ForwardingProblem['code'];
}) {
  const dir = tempDir();
  const certs = makeTestCertificates(dir);
  const collector = await startRsyslog(path.join(dir, 'collector'), options.collectorTls(certs));
  await options.breakCollector?.(collector);
  const log = await openLog(path.join(dir, 'log'));
  const clock = createFakeClock();
  let run = forwardWithStatus(log, options.badConfig(certs, collector.address), clock);
  try {
    const first = log.append(sampleEntry('requested'));
    expect((await first).ok).toBe(true);
    await options.untilFailure?.(clock);
    const failed = await run.waitFor((s) => s.state === 'retrying');
    expect(failed.lastError?.code).toBe(options.error);
    expect(failed.pending).toBeGreaterThan(0);
    expect(failed.behindSince).not.toBeNull();
    // The log does not wait for the collector: these resolve while forwarding is failing.
    for (let i = 0; i < 3; i++) expect((await log.append(sampleEntry('accepted'))).ok).toBe(true);
    expect(run.forwarder.status().pending).toBe(log.tip().seq);

    // Fixed: the right settings (or the collector back) and everything arrives.
    await options.repair?.(collector, certs);
    await run.forwarder.close();
    run = forwardWithStatus(log, { address: collector.address, caFile: certs.caFile }, clock);
    await run.drain();
    expect(bodiesOf(collector.lines())).toEqual(localLines(log));
  } finally {
    await run.forwarder.close();
    await log.close();
    await collector.close();
  }
}

const serverTls = (certs: TestCertificates): CollectorTls => ({ caFile: certs.caFile, certFile: certs.serverCert, keyFile: certs.serverKey });

describe('forwarding faults', () => {
  it('a collector certificate from a CA we do not trust', () =>
    faultCase({
      collectorTls: serverTls,
      badConfig: (certs, address) => ({ address, caFile: certs.otherCaFile }),
      error: 'certificateUntrusted',
    }));

  it('an expired collector certificate', () =>
    faultCase({
      collectorTls: (certs) => ({ ...serverTls(certs), certFile: certs.expiredCert }),
      badConfig: (certs, address) => ({ address, caFile: certs.caFile }),
      repair: (collector, certs) => collector.restart(serverTls(certs)),
      error: 'certificateExpired',
    }));

  it('a refused connection', () =>
    faultCase({
      collectorTls: serverTls,
      badConfig: (certs, address) => ({ address, caFile: certs.caFile }),
      breakCollector: (collector) => collector.kill(),
      repair: (collector) => collector.restart(),
      error: 'refused',
    }));

  it('a collector that accepts and never reads', () =>
    faultCase({
      collectorTls: serverTls,
      badConfig: (certs, address) => ({ address, caFile: certs.caFile }),
      breakCollector: (collector) => collector.freeze(),
      untilFailure: async (clock) => {
        // The attempt is under way once its time limit is set; nothing else would ever end it.
        while (clock.pending().length === 0) await clock.settle();
        await clock.advance(15_000); // the connect-and-handshake limit
      },
      repair: (collector) => collector.thaw(),
      error: 'connectTimeout',
    }));
});

describe('recovering without a restart', () => {
  it('the same forwarder delivers once a refused collector is back and Retry skips the wait', async () => {
    const dir = tempDir();
    const collector = await startRsyslog(path.join(dir, 'collector'), null);
    await collector.kill();
    const log = await openLog(path.join(dir, 'log'));
    const clock = createFakeClock();
    const run = forwardWithStatus(log, { address: collector.address, transport: 'tcp' }, clock);
    try {
      expect((await log.append(sampleEntry('requested'))).ok).toBe(true);
      const failed = await run.waitFor((s) => s.state === 'retrying' && s.pending > 0);
      expect(failed.lastError).toEqual({ code: 'refused', params: { collector: collector.address } });
      await collector.restart();
      // The back-off wait is on the fake clock and never advanced: only Retry can end it.
      run.forwarder.retryNow();
      const delivered = await run.waitFor((s) => s.state === 'connected' && s.pending === 0);
      expect(delivered).toMatchObject({ lastError: null, behindSince: null });
      expect(bodiesOf(collector.lines())).toEqual(localLines(log));
    } finally {
      await run.forwarder.close();
      await log.close();
      await collector.close();
    }
  });
});
