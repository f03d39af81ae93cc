import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { lineHash } from '../../../main/forwarding/unsent-lines';
import { createFakeClock } from '../../support/fake-clock';
import { startRsyslog } from '../../support/rsyslog-collector';
import { useTempDirs } from '../../support/temp-dir';
import { makeTestCertificates } from '../../support/test-certificates';
import { openLog, sampleEntry } from '../action-log/log-fixtures';
import { bodiesOf, centralCopyFile, forwardWithStatus, localLines } from './forwarding-harness';

const tempDir = useTempDirs();

async function append(log: Awaited<ReturnType<typeof openLog>>, count: number) {
  for (let i = 0; i < count; i++) {
    const written = await log.append(sampleEntry('requested', { ticket: `INC-${i}` }));
    if (!written.ok) throw new Error(written.error.message);
  }
}

describe('forwarding to a real rsyslog over TLS', () => {
  it('sends each synced line as RFC 5424 with octet counting, the body exactly the line as written', async () => {
    const dir = tempDir();
    const certs = makeTestCertificates(dir);
    const collector = await startRsyslog(path.join(dir, 'collector'), { caFile: certs.caFile, certFile: certs.serverCert, keyFile: certs.serverKey });
    const log = await openLog(path.join(dir, 'log'));
    const clock = createFakeClock();
    const { forwarder, drain } = forwardWithStatus(log, { address: collector.address, caFile: certs.caFile }, clock);
    try {
      await append(log, 5);
      await drain();
      // Confirmed means read by the collector, whose direct queue has written it by then: no waiting on the file.
      const central = collector.lines();
      expect(bodiesOf(central)).toEqual(localLines(log));
      const second = central.find((l) => l.includes(' seq="2" '))!;
      const entry = JSON.parse(bodiesOf([second])[0]!) as { time: string };
      const hash = lineHash(Buffer.from(localLines(log)[1]!, 'utf8'));
      expect(second).toBe(
        `<110>1 ${entry.time} desk-07 PasscodeDesk ${process.pid} requested [passcodeDesk@32473 installId="${log.installId}" seq="2" hash="${hash}"] ${localLines(log)[1]}`,
      );
      expect(forwarder.status()).toMatchObject({ state: 'connected', pending: 0, lastError: null, behindSince: null });
    } finally {
      await forwarder.close();
      await log.close();
      await collector.close();
    }
  });

  it('loses nothing while the collector is killed five times and the app restarts twice', { timeout: 240_000 }, async () => {
    const dir = tempDir();
    const certs = makeTestCertificates(dir);
    const collector = await startRsyslog(path.join(dir, 'collector'), { caFile: certs.caFile, certFile: certs.serverCert, keyFile: certs.serverKey });
    const folder = path.join(dir, 'log');
    const clock = createFakeClock();
    const config = { address: collector.address, caFile: certs.caFile };
    let log = await openLog(folder);
    let run = forwardWithStatus(log, config, clock);
    const kills = new Set([90, 260, 430, 610, 800]);
    const restarts = new Set([333, 666]);
    try {
      for (let i = 1; i <= 1000; i++) {
        await append(log, 1);
        if (kills.has(i)) await collector.kill('SIGKILL');
        if (kills.has(i - 40)) {
          await collector.restart();
          await run.drain(); // catch up from the cursor before the next kill, so every outage cuts into live sending
        }
        if (restarts.has(i)) {
          await run.forwarder.close();
          await log.close();
          log = await openLog(folder);
          run = forwardWithStatus(log, config, clock);
        }
      }
      await log.readOwnEntries(); // reading its own log seals what was written, so the last entries are vouched for
      await run.drain();
      const local = localLines(log);
      expect(local.filter((l) => l.includes('"type":"requested"'))).toHaveLength(1000);
      const central = collector.lines();
      const received = new Set(bodiesOf(central));
      expect(local.filter((l) => !received.has(l))).toEqual([]);
      expect(received.size).toBe(local.length); // nothing at the collector that is not in the log

      const review = await reviewLogs([centralCopyFile(dir, central)], { trustedKeys: [log.fingerprint] });
      if (!review.ok) throw new Error(review.error.message);
      expect(review.value.files.map((f) => [f.integrity.status, f.findings])).toEqual([['verified', []]]);
      expect(review.value.chains.map((c) => [c.installId, c.lastSeq])).toEqual([[log.installId, log.tip().seq]]);
      expect(review.value.rows).toHaveLength(1000);
    } finally {
      await run.forwarder.close();
      await log.close();
      await collector.close();
    }
  });
});
