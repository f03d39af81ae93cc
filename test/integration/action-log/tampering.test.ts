import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { entryHash, fingerprintOfRaw, rawPublicKeyBase64, signHash } from '../../../main/action-log/entry-crypto';
import type { ReviewResult } from '../../../shared/log/review-result';
import { openLog, readLinesOf, tempFolder, writeActions, writeLinesTo } from './log-fixtures';

// 4 actions x 3 entries after the header: line n holds sequence number n, lines 1..13.
let dir: ReturnType<typeof tempFolder>;
let file: string;
let ids: string[];
let fingerprint: string;

beforeEach(async () => {
  dir = tempFolder();
  const log = await openLog(dir.path);
  fingerprint = log.fingerprint;
  ids = await writeActions(log, 4);
  await log.close();
  file = join(dir.path, readdirSync(dir.path).find((n) => n.startsWith('actions-'))!);
});
afterEach(() => dir.remove());

async function review(trustedKeys?: string[]): Promise<ReviewResult> {
  const result = await reviewLogs([dir.path], trustedKeys ? { trustedKeys } : {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const located = (r: ReviewResult) => r.files.flatMap((f) => f.findings.map(({ kind, file: path, line }) => ({ kind, file: path, line })));
const rehash = (line: Record<string, unknown>) => ({ ...line, hash: entryHash(line) });

describe('tampering is detected and located', () => {
  it('an untouched log verifies', async () => {
    const r = await review([fingerprint]);
    expect(r.files[0]!.integrity).toEqual({ status: 'verified' });
    expect(r.rows).toHaveLength(4);
  });

  it('an edited field', async () => {
    const lines = readLinesOf(file);
    lines[4] = lines[4]!.replace('"ticket":"INC-1"', '"ticket":"INC-9"');
    writeLinesTo(file, lines);
    const r = await review();
    expect(located(r)).toEqual([{ kind: 'edited', file, line: 5 }]);
    expect(r.files[0]!.integrity).toEqual({ status: 'broken', line: 5, kind: 'edited' });
    expect(r.rows.find((row) => row.actionId === ids[1])!.findings).toEqual(['edited']);
  });

  it('a deleted line', async () => {
    const lines = readLinesOf(file);
    lines.splice(6, 1);
    writeLinesTo(file, lines);
    expect(located(await review())).toEqual([{ kind: 'deleted', file, line: 7 }]);
  });

  it('an inserted copy of an earlier line', async () => {
    const lines = readLinesOf(file);
    lines.splice(9, 0, lines[2]!);
    writeLinesTo(file, lines);
    expect(located(await review())).toEqual([{ kind: 'inserted', file, line: 10 }]);
  });

  it('an inserted line forged to fit the chain, without the key', async () => {
    const lines = readLinesOf(file);
    // Right sequence number, right link, right hash; only the signature cannot be made without the key.
    const forged: Record<string, unknown> = { ...JSON.parse(lines[6]!), type: 'note', note: 'all fine', seq: 7, prev: JSON.parse(lines[5]!).hash };
    forged.hash = entryHash(forged);
    lines.splice(6, 0, JSON.stringify(forged));
    writeLinesTo(file, lines);
    expect(located(await review())).toEqual([{ kind: 'inserted', file, line: 7 }]);
  });

  it('two swapped lines', async () => {
    const lines = readLinesOf(file);
    [lines[5], lines[6]] = [lines[6]!, lines[5]!];
    writeLinesTo(file, lines);
    const r = await review();
    expect(located(r)).toEqual([{ kind: 'reordered', file, line: 7 }]);
    expect(r.rows.find((row) => row.actionId === ids[1])!.lastState).toBe('pending'); // still folds by sequence
  });

  it('a line cut short at the end (torn tail)', async () => {
    const lines = readLinesOf(file);
    writeLinesTo(file, lines.slice(0, -1));
    appendFileSync(file, lines.at(-1)!.slice(0, 40));
    const r = await review();
    expect(located(r)).toEqual([{ kind: 'truncated', file, line: 13 }]);
    expect(r.files[0]!.integrity).toEqual({ status: 'torn-tail', line: 13 });
    expect(r.files[0]!.entries).toBe(11);
  });

  it('lines cut off the end of a month, seen from the next month', async () => {
    const next = file.replace(/\d{4}-\d{2}/, '2999-01');
    const log = await openLog(dir.path, { clock: () => new Date('2999-01-15T10:00:00Z') });
    await writeActions(log, 1);
    await log.close();
    writeLinesTo(file, readLinesOf(file).slice(0, -2));
    expect(located(await review())).toEqual([{ kind: 'deleted', file: next, line: 1 }]);
  });

  it('an edit with the whole chain re-computed after it (caught by the signatures)', async () => {
    const lines = readLinesOf(file);
    let prev = JSON.parse(lines[3]!).hash as string;
    for (let i = 4; i < lines.length; i++) {
      const line = JSON.parse(lines[i]!);
      if (i === 4) line.ticket = 'INC-9';
      const fixed = rehash({ ...line, prev });
      prev = fixed.hash;
      lines[i] = JSON.stringify(fixed);
    }
    writeLinesTo(file, lines);
    const r = await review();
    expect(located(r)).toEqual(lines.slice(4).map((_, i) => ({ kind: 'bad-signature', file, line: 5 + i })));
    expect(r.files[0]!.integrity).toEqual({ status: 'broken', line: 5, kind: 'bad-signature' });
  });

  it('a log re-signed with another key passes alone, and fails against the pinned key', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const publicKey = rawPublicKeyBase64(privateKey);
    const forgedPrint = fingerprintOfRaw(Buffer.from(publicKey, 'base64'));
    const lines = readLinesOf(file).map((text) => {
      const line = JSON.parse(text);
      if (line.type === 'header') Object.assign(line, { publicKey, fingerprint: forgedPrint });
      else line.keyId = forgedPrint;
      return line;
    });
    let prev = lines[0].prev as string;
    const resigned = lines.map((line) => {
      const fixed = rehash({ ...line, prev });
      prev = fixed.hash;
      return JSON.stringify({ ...fixed, sig: signHash(fixed.hash, privateKey) });
    });
    writeLinesTo(file, resigned);
    expect(located(await review())).toEqual([]);
    const pinned = await review([fingerprint]);
    expect(pinned.files[0]!.integrity).toEqual({ status: 'unknown-key', line: 1 });
    expect(located(pinned)).toEqual(resigned.map((_, i) => ({ kind: 'unknown-key', file, line: i + 1 })));
    expect(pinned.keys.map((k) => k.fingerprint)).toEqual([forgedPrint]);
  });
});
