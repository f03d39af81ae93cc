import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { entryHash, fingerprintOfRaw, rawPublicKeyBase64, signHash } from '../../../main/action-log/entry-crypto';
import { GENESIS_HASH, LEGACY_FORMAT_VERSION } from '../../../shared/log/log-entry';
import type { ReviewResult } from '../../../shared/log/review-result';
import { openLog, readLinesOf, sampleEntry, tempFolder, writeActions, writeLinesTo } from './log-fixtures';

// Format 1 (before seals): every line carried its own hash and signature. Such files still open, and every signature is checked.
let dir: ReturnType<typeof tempFolder>;
let file: string;
beforeEach(() => {
  dir = tempFolder();
  file = join(dir.path, 'actions-2026-03.jsonl');
});
afterEach(() => dir.remove());

function legacyLines(privateKey: KeyObject, count: number): string[] {
  const publicKey = rawPublicKeyBase64(privateKey);
  const fingerprint = fingerprintOfRaw(Buffer.from(publicKey, 'base64'));
  const lines: string[] = [];
  let prev = GENESIS_HASH;
  const add = (fields: Record<string, unknown>) => {
    const line: Record<string, unknown> = { v: LEGACY_FORMAT_VERSION, seq: lines.length + 1, time: `2026-03-0${1 + (lines.length % 9)}T10:00:00.000Z`, ...fields, prev };
    line.hash = entryHash(line);
    line.sig = signHash(line.hash as string, privateKey);
    prev = line.hash as string;
    lines.push(JSON.stringify(line));
  };
  add({ type: 'header', installId: randomUUID(), appVersion: '0.0.9', publicKey, fingerprint, keyStorage: 'encrypted' });
  for (let i = 0; i < count; i++) add({ ...sampleEntry(i % 2 === 0 ? 'requested' : 'accepted'), keyId: fingerprint });
  return lines;
}

async function review(): Promise<ReviewResult> {
  const result = await reviewLogs([dir.path]);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

it('an old file verifies, and says plainly what it lacks', async () => {
  writeLinesTo(file, legacyLines(generateKeyPairSync('ed25519').privateKey, 6));
  const r = await review();
  expect(r.chains).toHaveLength(1);
  expect(r.chains[0]!.integrity).toEqual({ status: 'verified' });
  expect(r.chains[0]!.machineName).toBeNull();
  expect(r.chains[0]!.lacks).toEqual(['no-machine-name', 'format-1']);
  expect(r.rows).toHaveLength(6);
});

it('a signature replaced on a line in the middle of the file is reported on that line', async () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const lines = legacyLines(privateKey, 6);
  const third = JSON.parse(lines[2]!);
  lines[2] = JSON.stringify({ ...third, sig: JSON.parse(lines[4]!).sig }); // a real signature, of another line
  writeLinesTo(file, lines);
  const r = await review();
  expect(r.files[0]!.findings.map((f) => [f.kind, f.line])).toEqual([['bad-signature', 3]]);
  expect(r.chains[0]!.integrity).toEqual({ status: 'broken', line: 3, kind: 'bad-signature' });
});

it('a new version writing into an old folder goes on with the same chain, in format 2', async () => {
  writeLinesTo(file, legacyLines(generateKeyPairSync('ed25519').privateKey, 4));
  const log = await openLog(dir.path, { clock: () => new Date('2026-03-20T10:00:00Z') });
  await writeActions(log, 1);
  await log.close();
  const lines = readLinesOf(file).map((l) => JSON.parse(l));
  expect(lines.map((l) => l.v)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
  const r = await review();
  expect(r.files[0]!.findings).toEqual([]);
  expect(r.chains).toHaveLength(1);
  expect(r.chains[0]).toMatchObject({ machineName: 'TEST-PC', lastSeq: 10, fromGenesis: true });
});
