import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { fingerprintOfRaw, rawPublicKeyBase64, signBytes } from '../../../main/action-log/entry-crypto';
import type { ReviewResult } from '../../../shared/log/review-result';
import { openLog, readLinesOf, relink, tempFolder, writeActions, writeLinesTo } from './log-fixtures';

// 4 actions x 3 entries after the header: line n holds sequence number n, lines 1..13; the seal at close is line 14.
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

describe('tampering is detected and located', () => {
  it('an untouched log verifies', async () => {
    const r = await review([fingerprint]);
    expect(r.files[0]!.integrity).toEqual({ status: 'verified' });
    expect(r.rows).toHaveLength(4);
  });

  it('an edited field: the next line links to other content', async () => {
    const lines = readLinesOf(file);
    lines[4] = lines[4]!.replace('"ticket":"INC-1"', '"ticket":"INC-9"');
    writeLinesTo(file, lines);
    const r = await review();
    expect(located(r)).toEqual([{ kind: 'edited', file, line: 5 }]);
    expect(r.files[0]!.integrity).toEqual({ status: 'broken', line: 5, kind: 'edited' });
    expect(r.rows.all().find((row) => row.actionId === ids[1])!.findings).toEqual(['edited']);
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

  it('an inserted line forged to fit the chain, without the key, breaks the chain where it stands', async () => {
    const lines = readLinesOf(file);
    const forged = { ...JSON.parse(lines[6]!), type: 'note', note: 'all fine' };
    lines.splice(6, 0, JSON.stringify(forged));
    writeLinesTo(file, lines);
    const r = await review();
    expect(r.files[0]!.integrity).toMatchObject({ status: 'broken', line: 7 });
    expect(located(r).map((f) => f.line)).toContain(7);
  });

  it('two swapped lines', async () => {
    const lines = readLinesOf(file);
    [lines[5], lines[6]] = [lines[6]!, lines[5]!];
    writeLinesTo(file, lines);
    const r = await review();
    expect(located(r)).toEqual([{ kind: 'reordered', file, line: 7 }]);
    expect(r.rows.all().find((row) => row.actionId === ids[1])!.lastState).toBe('pending'); // still folds by sequence
  });

  it('a line cut short at the end (torn tail): what came before it was never sealed', async () => {
    const lines = readLinesOf(file);
    writeLinesTo(file, lines.slice(0, -2));
    appendFileSync(file, lines.at(-2)!.slice(0, 40));
    const r = await review();
    expect(located(r)).toEqual([
      { kind: 'unsealed', file, line: 1 },
      { kind: 'truncated', file, line: 13 },
    ]);
    expect(r.files[0]!.integrity).toEqual({ status: 'unsealed', line: 1 });
    expect(r.files[0]!.entries).toBe(11);
    expect(r.rows.all().every((row) => row.findings.includes('unsealed'))).toBe(true);
  });

  it('lines cut off the end of a month, seen from the next month', async () => {
    const next = file.replace(/\d{4}-\d{2}/, '2999-01');
    const log = await openLog(dir.path, { clock: () => new Date('2999-01-15T10:00:00Z') });
    await writeActions(log, 1);
    await log.close();
    writeLinesTo(file, readLinesOf(file).slice(0, -2));
    expect(located(await review())).toEqual([
      { kind: 'unsealed', file, line: 1 },
      { kind: 'deleted', file: next, line: 1 },
    ]);
  });

  it('an edit with the whole chain re-linked after it, without the key: the seal no longer verifies', async () => {
    const lines = readLinesOf(file);
    lines[4] = lines[4]!.replace('"ticket":"INC-1"', '"ticket":"INC-9"');
    writeLinesTo(file, relink(lines));
    const r = await review();
    expect(located(r)).toEqual([{ kind: 'bad-signature', file, line: 14 }]);
    expect(r.files[0]!.integrity).toEqual({ status: 'broken', line: 14, kind: 'bad-signature' });
    expect(r.rows.all().every((row) => row.findings.includes('bad-signature'))).toBe(true); // the seal vouched for them all
  });

  it('a log re-sealed with another key passes alone, and fails against the pinned key', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const publicKey = rawPublicKeyBase64(privateKey);
    const forgedPrint = fingerprintOfRaw(Buffer.from(publicKey, 'base64'));
    const lines = readLinesOf(file).map((text) => {
      const line = JSON.parse(text);
      return line.type === 'header' ? JSON.stringify({ ...line, publicKey, fingerprint: forgedPrint }) : text;
    });
    writeLinesTo(file, relink(lines, { sign: (data) => signBytes(data, privateKey), keyId: forgedPrint }));
    expect(located(await review())).toEqual([]);
    const pinned = await review([fingerprint]);
    expect(pinned.files[0]!.integrity).toEqual({ status: 'unknown-key', line: 1 });
    expect(located(pinned)).toEqual([
      { kind: 'unknown-key', file, line: 1 },
      { kind: 'unknown-key', file, line: 14 },
    ]);
    expect(pinned.keys.map((k) => k.fingerprint)).toEqual([forgedPrint]);
  });

  it('a seal moved elsewhere or with its fields changed does not verify', async () => {
    const lines = readLinesOf(file);
    lines[13] = lines[13]!.replace(/"time":"[^"]+"/, '"time":"2020-01-01T00:00:00.000Z"');
    writeLinesTo(file, lines);
    expect(located(await review())).toEqual([{ kind: 'bad-signature', file, line: 14 }]);
  });
});
