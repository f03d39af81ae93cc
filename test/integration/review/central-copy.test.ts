import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewLogs, type ActionLog } from '../../../main/action-log/action-log';
import { runVerify } from '../../../main/review/verify-cli';
import { createFakeClock } from '../../support/fake-clock';
import { startRsyslog, type RsyslogCollector } from '../../support/rsyslog-collector';
import { useTempDirs } from '../../support/temp-dir';
import { openLog, readLinesOf, writeActions, writeLinesTo } from '../action-log/log-fixtures';
import { forwardWithStatus, localLines } from '../forwarding/forwarding-harness';

const tempDir = useTempDirs();

/**
 * The review reads a real rsyslog's files: several machines forward to one
 * collector, other programs log there too, the files may be rotated; each
 * machine's entries are taken out and verified as its chain, and a central
 * copy opened beside a local log is compared with it entry by entry.
 */
interface Desk {
  log: ActionLog;
  folder: string;
}

/** Two desks forwarding to the collector, entries interleaved, each log sealed and every line delivered. */
async function twoDesks(dir: string, collector: RsyslogCollector, hostnames = ['DESK-A', 'DESK-B']): Promise<Desk[]> {
  const clock = createFakeClock();
  const desks: Desk[] = [];
  for (const [i, hostname] of hostnames.entries()) {
    const folder = path.join(dir, `log-${i}`);
    desks.push({ log: await openLog(folder, { machineName: hostname }), folder });
  }
  const runs = desks.map((desk, i) => forwardWithStatus(desk.log, { address: collector.address, transport: 'tcp' }, clock, hostnames[i]));
  for (let round = 0; round < 5; round++) for (const desk of desks) await writeActions(desk.log, 2);
  for (const desk of desks) await desk.log.readOwnEntries(); // seals what was written
  for (const run of runs) await run.drain();
  for (const run of runs) await run.forwarder.close();
  await collector.waitForLines((lines) => lines.length >= desks.reduce((n, d) => n + localLines(d.log).length, 0), 'every line at the collector');
  return desks;
}

/** Another program's message, sent to the same collector, so our lines are not alone in its file. */
function foreignMessage(collector: RsyslogCollector): Promise<void> {
  const message = '<38>1 2026-11-30T01:00:00Z mailhost sshd 4242 - - Accepted publickey for admin';
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port: collector.port }, () => socket.end(`${Buffer.byteLength(message)} ${message}`));
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
}

const monthFile = (desk: Desk) => desk.log.durableFiles()[0]!.path;

describe('reviewing the collector’s files', () => {
  it('takes each machine’s entries out of one rsyslog file shared with other programs, and of the same file rotated in two', async () => {
    const dir = tempDir();
    const collector = await startRsyslog(path.join(dir, 'collector'), null);
    try {
      await foreignMessage(collector);
      const desks = await twoDesks(dir, collector);
      await foreignMessage(collector);
      await collector.waitForLines((lines) => lines.filter((l) => l.includes(' sshd ')).length === 2, 'both foreign lines');
      const review = await reviewLogs([collector.file]);
      if (!review.ok) throw new Error(review.error.message);
      const byInstall = new Map(review.value.chains.map((chain) => [chain.installId, chain]));
      expect(review.value.chains).toHaveLength(2);
      for (const desk of desks) {
        const chain = byInstall.get(desk.log.installId)!;
        expect(chain).toMatchObject({ integrity: { status: 'verified' }, entries: 30, lastSeq: desk.log.tip().seq, central: { host: expect.stringMatching(/^DESK-/), files: [collector.file] } });
        expect(chain.machineName).toBe(chain.central!.host);
      }
      expect(review.value.rows).toHaveLength(20); // no local copy is open: the central rows are the review's
      expect(review.value.comparisons).toEqual([]);

      // Rotated: the first half in one file, the rest in another, opened in either order.
      const lines = readLinesOf(collector.file);
      const half = Math.floor(lines.length / 2);
      const older = path.join(dir, 'central.log.1');
      const newer = path.join(dir, 'central.log');
      writeLinesTo(older, lines.slice(0, half));
      writeLinesTo(newer, lines.slice(half));
      const rotated = await reviewLogs([newer, older]);
      if (!rotated.ok) throw new Error(rotated.error.message);
      expect(rotated.value.chains.map((c) => [c.installId, c.integrity.status, c.lastSeq]).sort()).toEqual(
        desks.map((d) => [d.log.installId, 'verified', d.log.tip().seq]).sort(),
      );
      for (const desk of desks) await desk.log.close();
    } finally {
      await collector.close();
    }
  });

  it('treats a line received twice (a resend after a reconnect) as one', async () => {
    const dir = tempDir();
    const collector = await startRsyslog(path.join(dir, 'collector'), null);
    try {
      const [desk] = await twoDesks(dir, collector, ['DESK-A']);
      const once = collector.lines().length;
      // Without its cursor the forwarder sends the whole log again.
      rmSync(path.join(desk!.folder, 'forwarding-cursor.json'), { force: true });
      const again = forwardWithStatus(desk!.log, { address: collector.address, transport: 'tcp' }, createFakeClock(), 'DESK-A');
      await again.drain();
      await again.forwarder.close();
      await collector.waitForLines((lines) => lines.length === 2 * once, 'the resent copy');
      const review = await reviewLogs([collector.file]);
      if (!review.ok) throw new Error(review.error.message);
      expect(review.value.chains).toMatchObject([{ integrity: { status: 'verified' }, entries: 30, central: { duplicates: once } }]);
      await desk!.log.close();
    } finally {
      await collector.close();
    }
  });

  it('reads rsyslog’s traditional file format too, telling machines apart by host name', async () => {
    const dir = tempDir();
    const collector = await startRsyslog(path.join(dir, 'collector'), null, { template: 'RSYSLOG_FileFormat' });
    try {
      const desks = await twoDesks(dir, collector);
      expect(collector.lines()[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+ DESK-[AB] PasscodeDesk\[\d+\] \{"v":/);
      const review = await reviewLogs([collector.file]);
      if (!review.ok) throw new Error(review.error.message);
      expect(review.value.chains.map((c) => [c.installId, c.integrity.status]).sort()).toEqual(desks.map((d) => [d.log.installId, 'verified']).sort());
      for (const desk of desks) await desk.log.close();
    } finally {
      await collector.close();
    }
  });

  it('compares a central copy with the machine’s local log: deleted, edited and never-forwarded entries', async () => {
    const dir = tempDir();
    const collector = await startRsyslog(path.join(dir, 'collector'), null);
    try {
      const [desk, other] = await twoDesks(dir, collector);
      // Unchanged, the two agree entry for entry.
      const clean = await reviewLogs([collector.file, desk!.folder]);
      if (!clean.ok) throw new Error(clean.error.message);
      expect(clean.value.comparisons).toMatchObject([{ installId: desk!.log.installId, machineName: 'DESK-A', missingCentrally: 0, onlyCentrally: 0, differing: 0, same: desk!.log.tip().seq }]);
      expect(clean.value.rows).toHaveLength(20); // desk A's actions once (from its local log), desk B's from the central copy
      const out: string[] = [];
      expect(await runVerify([collector.file, desk!.folder], { out: (t) => out.push(t), err: (t) => out.push(t) })).toBe(0);
      expect(out.filter((l) => l.startsWith('CENTRAL MATCHES LOCAL  DESK-A'))).toHaveLength(1);

      // Written after forwarding stopped: only on this machine.
      await writeActions(desk!.log, 1);
      await desk!.log.close();
      const file = monthFile(desk!);
      const local = readLinesOf(file);
      const seqOf = (line: string) => (JSON.parse(line) as { seq: number }).seq;
      const deletedSeq = 5;
      const editedSeq = seqOf(local.find((line) => line.includes('"INC-') && seqOf(line) > deletedSeq + 1)!);
      const edited = local.map((line) => (seqOf(line) === editedSeq ? line.replace('"INC-', '"INC-9') : line)).filter((line) => seqOf(line) !== deletedSeq);
      expect(edited.some((line, i) => line !== local.filter((l) => seqOf(l) !== deletedSeq)[i])).toBe(true);
      writeFileSync(file, edited.map((l) => `${l}\n`).join(''));

      const review = await reviewLogs([collector.file, desk!.folder]);
      if (!review.ok) throw new Error(review.error.message);
      const [comparison] = review.value.comparisons!;
      expect(review.value.comparisons).toHaveLength(1);
      expect(comparison).toMatchObject({ installId: desk!.log.installId, onlyCentrally: 1, differing: 1, missingCentrally: 4 }); // one action's 3 entries and the seal written at close
      expect(comparison!.findings.find((f) => f.kind === 'only-centrally')).toMatchObject({ seq: deletedSeq, local: null, central: { file: collector.file } });
      expect(comparison!.findings.find((f) => f.kind === 'differs')).toMatchObject({ seq: editedSeq, local: { file }, central: { file: collector.file } });
      expect(comparison!.findings.find((f) => f.kind === 'only-centrally')!.reason).toBe('deleted-locally');
      expect(comparison!.findings.find((f) => f.kind === 'differs')!.reason).toBe('edited');
      expect(comparison!.findings.filter((f) => f.kind === 'missing-centrally').map((f) => f.reason)).toEqual(Array(4).fill('after-central-end'));
      const cli: string[] = [];
      expect(await runVerify([collector.file, desk!.folder], { out: (t) => cli.push(t), err: (t) => cli.push(t) })).toBe(1);
      expect(cli.find((l) => l.startsWith('CENTRAL DIFFERS FROM LOCAL  DESK-A'))).toMatch(/1 only centrally, 1 differing/);
      // verify-logs keeps English: the reason worded, not its code.
      expect(cli).toContain(`    only-centrally central ${collector.file}:${comparison!.findings.find((f) => f.kind === 'only-centrally')!.central!.line}: entry ${deletedSeq} is only in the central copy; the local log has lost it: deleted`);
      expect(cli.filter((l) => l.includes('written after the last entry it holds'))).toHaveLength(4);
      // The central copy itself still verifies; the local log shows the damage.
      const central = review.value.chains.find((c) => c.central && c.installId === desk!.log.installId)!;
      expect(central.integrity.status).toBe('verified');
      expect(review.value.chains.find((c) => !c.central && c.installId === desk!.log.installId)!.integrity.status).toBe('broken');
      // Nothing else was compared: desk B has no local log open.
      expect(review.value.chains.filter((c) => c.installId === other!.log.installId)).toHaveLength(1);
      expect(readFileSync(collector.file, 'utf8')).toContain(other!.log.installId);
      await other!.log.close();
    } finally {
      await collector.close();
    }
  });
});
