import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewLogs, type ActionLog } from '../../../main/action-log/action-log';
import { sha256Hex } from '../../../main/action-log/entry-crypto';
import { syslogFrame } from '../../../main/forwarding/syslog-message';
import { useTempDirs } from '../../support/temp-dir';
import { openLog, readLinesOf, writeActions } from '../action-log/log-fixtures';

const tempDir = useTempDirs();

/**
 * A collector's file is read line by line, one read (1 MiB) at a time, and
 * only where each entry sits is kept; the entries are read back from disk
 * when their chain is checked. These files are written by hand around a real
 * log's lines, as rsyslog writes them (RFC 5424, one message a line), with
 * other programs' lines between them: bigger than one read, an entry across
 * the boundary of two reads, CR LF endings, a torn last line, bad lines.
 */
const READ_BYTES = 1024 * 1024;

interface Desk {
  log: ActionLog;
  folder: string;
  /** The local log's lines, as the desk wrote them. */
  lines: string[];
}

async function desk(dir: string): Promise<Desk> {
  const folder = path.join(dir, 'local');
  const log = await openLog(folder, { machineName: 'DESK-A' });
  await writeActions(log, 8);
  await log.readOwnEntries(); // seals what was written
  await log.close();
  return { log, folder, lines: log.durableFiles().flatMap((file) => readLinesOf(file.path)) };
}

/** One local line as the collector writes it: the forwarder's message without its octet count. */
function collected(d: Desk, line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  const seq = (JSON.parse(line) as { seq: number }).seq;
  const frame = syslogFrame({ line: bytes, time: '2026-11-30T08:00:00.000Z', hostname: 'DESK-A', procId: 4242, installId: d.log.installId, seq, hash: sha256Hex(bytes), type: 'entry' });
  return frame.subarray(frame.indexOf(0x20) + 1).toString('utf8');
}

let foreignCount = 0;
/** Another program's line (about 200 bytes), which collectors interleave with ours. */
function foreign(): string {
  foreignCount++;
  return `<38>1 2026-11-30T08:00:00.000Z mailhost sshd ${4000 + (foreignCount % 1000)} - - Accepted publickey for admin from 10.0.${foreignCount % 250}.7 port 22 ssh2: ED25519 SHA256:${'x'.repeat(80)}`;
}

interface Layout {
  /** The collector's file as text. */
  text: string;
  /** 1-based line numbers of the desk's lines in it. */
  deskLineNumbers: number[];
  /** Byte offsets where each line starts. */
  starts: number[];
}

/**
 * The desk's lines spread over a file of about 2.5 MiB: some first, one that
 * starts just before the first read's end and finishes in the second, the
 * rest after the second read's end. `eol` ends every line.
 */
function collectorFile(deskLines: readonly string[], eol = '\n'): Layout {
  const lines: string[] = [];
  const deskLineNumbers: number[] = [];
  const starts: number[] = [];
  let size = 0;
  const put = (line: string, ours: boolean) => {
    starts.push(size);
    lines.push(line);
    if (ours) deskLineNumbers.push(lines.length);
    size += Buffer.byteLength(line + eol);
  };
  const half = Math.floor(deskLines.length / 2);
  for (let i = 0; i < 20; i++) put(foreign(), false);
  for (const line of deskLines.slice(0, half)) {
    put(line, true);
    put(foreign(), false);
  }
  while (size < READ_BYTES - 400) put(foreign(), false);
  put(deskLines[half]!, true); // starts in the first read, ends in the second
  while (size < 2.5 * READ_BYTES) put(foreign(), false);
  for (const line of deskLines.slice(half + 1)) put(line, true);
  for (let i = 0; i < 3; i++) put(foreign(), false);
  return { text: lines.map((l) => l + eol).join(''), deskLineNumbers, starts };
}

async function review(paths: string[]) {
  const result = await reviewLogs(paths);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The local log's own chain, as a review of its folder sees it: what the central copy must match. */
async function localChain(d: Desk) {
  const local = await review([d.folder]);
  return local.chains[0]!;
}

describe('a collector file read line by line, in bounded memory', () => {
  it('reads a file bigger than one read, with an entry across the boundary, entry for entry', async () => {
    const dir = tempDir();
    const d = await desk(dir);
    const layout = collectorFile(d.lines.map((line) => collected(d, line)));
    const file = path.join(dir, 'central.log');
    writeFileSync(file, layout.text);
    const across = layout.deskLineNumbers[Math.floor(d.lines.length / 2)]! - 1;
    expect(layout.starts[across]).toBeLessThan(READ_BYTES);
    expect(layout.starts[across + 1]).toBeGreaterThan(READ_BYTES);
    expect(Buffer.byteLength(layout.text)).toBeGreaterThan(2 * READ_BYTES);

    const result = await review([file]);
    const expected = await localChain(d);
    expect(result.chains).toHaveLength(1);
    expect(result.chains[0]).toMatchObject({ installId: d.log.installId, integrity: { status: 'verified' }, entries: expected.entries, lastSeq: expected.lastSeq, central: { host: 'DESK-A', files: [file], duplicates: 0 } });
    expect(result.rows).toHaveLength(8);
    // Beside the local log, every entry matches its local line byte for byte.
    const both = await review([file, d.folder]);
    expect(both.comparisons).toMatchObject([{ installId: d.log.installId, same: expected.lastSeq, missingCentrally: 0, onlyCentrally: 0, differing: 0 }]);
  });

  it('reads lines ending in CR LF (a copy that passed through Windows) as the same entries', async () => {
    const dir = tempDir();
    const d = await desk(dir);
    const file = path.join(dir, 'central-crlf.log');
    writeFileSync(file, collectorFile(d.lines.map((line) => collected(d, line)), '\r\n').text);
    const result = await review([file, d.folder]);
    const expected = await localChain(d);
    const central = result.chains.find((chain) => chain.central)!;
    expect(central).toMatchObject({ integrity: { status: 'verified' }, entries: expected.entries, lastSeq: expected.lastSeq });
    expect(result.comparisons).toMatchObject([{ same: expected.lastSeq, differing: 0, missingCentrally: 0, onlyCentrally: 0 }]);
  });

  it('reports a torn last line (the collector still writing) as a torn tail, and counts every entry before it', async () => {
    const dir = tempDir();
    const d = await desk(dir);
    const layout = collectorFile(d.lines.map((line) => collected(d, line)));
    // The last entry sent again (a resend after a reconnect), cut off halfway through.
    const last = collected(d, d.lines.at(-1)!);
    const file = path.join(dir, 'central.log');
    writeFileSync(file, layout.text + last.slice(0, Math.floor(last.length / 2)));
    const tornLine = layout.text.split('\n').length;

    const result = await review([file]);
    const expected = await localChain(d);
    expect(result.chains[0]).toMatchObject({ integrity: { status: 'torn-tail', line: tornLine }, entries: expected.entries, lastSeq: expected.lastSeq });
    expect(result.files[0]!.findings).toEqual([expect.objectContaining({ kind: 'truncated', line: tornLine })]);
    expect(result.rows).toHaveLength(8);
  });

  it('reports a torn last line it cannot take apart on the file, and keeps the entries', async () => {
    const dir = tempDir();
    const d = await desk(dir);
    const layout = collectorFile(d.lines.map((line) => collected(d, line)));
    const file = path.join(dir, 'central.log');
    writeFileSync(file, `${layout.text}<110>1 2026-11-30T08:00:00.000Z DESK-A PasscodeDesk 42`); // cut inside the header
    const result = await review([file]);
    const expected = await localChain(d);
    expect(result.chains[0]).toMatchObject({ entries: expected.entries, lastSeq: expected.lastSeq });
    expect(result.files[0]!.findings).toEqual([expect.objectContaining({ kind: 'truncated', line: layout.text.split('\n').length, say: { code: 'collectorTornLine', params: {} } })]);
  });

  it('a bad line in the middle is a finding at its line; the entries after it still count', async () => {
    const dir = tempDir();
    const d = await desk(dir);
    const ours = d.lines.map((line) => collected(d, line));
    const seq = 7;
    // A message of ours whose body is not a log line, and a line naming us that is not syslog at all.
    const garbled = `<110>1 2026-11-30T08:00:00.000Z DESK-A PasscodeDesk 4242 entry [passcodeDesk@32473 installId="${d.log.installId}" seq="${seq}" hash="0"] {"v":2,"seq":${seq},"type":`;
    const mangled = 'PasscodeDesk said something no syslog format allows';
    const withBad = [...ours.slice(0, 12), garbled, mangled, ...ours.slice(12)];
    const layout = collectorFile(withBad);
    const file = path.join(dir, 'central.log');
    writeFileSync(file, layout.text);
    const garbledLine = layout.deskLineNumbers[12]!;
    const mangledLine = layout.deskLineNumbers[13]!;

    const result = await review([file, d.folder]);
    const expected = await localChain(d);
    const central = result.chains.find((chain) => chain.central)!;
    expect(central).toMatchObject({ integrity: { status: 'broken', line: garbledLine, kind: 'not-json' }, entries: expected.entries, lastSeq: expected.lastSeq });
    const findings = result.files.filter((f) => f.chain === central.id).flatMap((f) => f.findings);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'not-json', line: garbledLine }),
        expect.objectContaining({ kind: 'not-json', line: mangledLine, say: { code: 'collectorUnreadable', params: {} } }),
      ]),
    );
    // Nothing lost: the genuine entry with the same number, and every one after the bad lines, match the local log.
    expect(result.comparisons).toMatchObject([{ same: expected.lastSeq! - 1, missingCentrally: 0, onlyCentrally: 0, differing: 1 }]);
  });
});
