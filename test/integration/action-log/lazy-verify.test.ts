import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash, fingerprintOfRaw, rawPublicKeyBase64, signHash, verifyHash } from '../../../main/action-log/entry-crypto';
import { reviewSources } from '../../../main/action-log/review-logs';
import type { ReviewResult } from '../../../shared/log/review-result';
import { openLog, readLinesOf, tempFolder, writeActions, writeLinesTo } from './log-fixtures';

// Signatures are checked once per run of chained lines, and line by line only where that check fails.
let dir: ReturnType<typeof tempFolder>;
let file: string;

beforeEach(async () => {
  dir = tempFolder();
  const log = await openLog(dir.path);
  await writeActions(log, 1);
  await log.close();
  file = join(dir.path, readdirSync(dir.path).find((n) => n.startsWith('actions-'))!);
});
afterEach(() => dir.remove());

const located = (r: ReviewResult) => r.files.flatMap((f) => f.findings.map(({ kind, file: path, line }) => ({ kind, file: path, line })));
const rehash = (line: Record<string, unknown>) => ({ ...line, hash: entryHash(line) });

function countingVerify() {
  const counter = { calls: 0, verify: (hash: string, sig: string, key: KeyObject) => (counter.calls++, verifyHash(hash, sig, key)) };
  return counter;
}

/** Rewrites the log as a header plus `entries` entries, all chained and signed with a fresh key. */
function bigLog(entries: number): string[] {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = rawPublicKeyBase64(privateKey);
  const keyId = fingerprintOfRaw(Buffer.from(publicKey, 'base64'));
  const [headerText, entryText] = readLinesOf(file);
  const header = { ...JSON.parse(headerText!), publicKey, fingerprint: keyId };
  const template = JSON.parse(entryText!);
  let prev = header.prev as string;
  const lines: string[] = [];
  for (let i = 0; i <= entries; i++) {
    const line = i === 0 ? header : { ...template, seq: i + 1, keyId };
    const fixed = rehash({ ...line, prev });
    prev = fixed.hash;
    lines.push(JSON.stringify({ ...fixed, sig: signHash(fixed.hash, privateKey) }));
  }
  return lines;
}

describe('lazy signature checks', () => {
  it('a clean log of thousands of lines is verified with a handful of signature checks', async () => {
    const lines = bigLog(3000);
    writeLinesTo(file, lines);
    const counter = countingVerify();
    const r = await reviewSources([{ path: file }], [], null, counter.verify);
    expect(located(r)).toEqual([]);
    expect(r.files[0]!.integrity).toEqual({ status: 'verified' });
    expect(r.files[0]!.lines).toBe(3001);
    expect(counter.calls).toBeGreaterThan(0);
    // One for the header, one per run of at most 256 entries: 13, against 3,001 one by one.
    expect(counter.calls).toBeLessThanOrEqual(16);
  });

  it('an edit with the whole chain re-computed after it is still located at the edited line', async () => {
    const lines = bigLog(3000);
    let prev = JSON.parse(lines[1499]!).hash as string;
    for (let i = 1500; i < lines.length; i++) {
      const line = JSON.parse(lines[i]!);
      if (i === 1500) line.ticket = 'INC-9';
      const fixed = rehash({ ...line, prev });
      prev = fixed.hash;
      lines[i] = JSON.stringify(fixed);
    }
    writeLinesTo(file, lines);
    const counter = countingVerify();
    const r = await reviewSources([{ path: file }], [], null, counter.verify);
    expect(located(r)).toEqual(lines.slice(1500).map((_, i) => ({ kind: 'bad-signature', file, line: 1501 + i })));
    expect(r.files[0]!.integrity).toEqual({ status: 'broken', line: 1501, kind: 'bad-signature' });
  });
});
