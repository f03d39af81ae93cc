import { createPrivateKey } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createActionLog, reviewLogs } from '../../../main/action-log/action-log';
import { noEncryption } from '../../../main/platform/secret-store';
import { createProcessSecretStore } from '../../support/process-secret-store';
import { openLog, readLinesOf, tempFolder, writeActions } from './log-fixtures';

let dir: ReturnType<typeof tempFolder>;
beforeEach(() => {
  dir = tempFolder();
});
afterEach(() => dir.remove());

it('keeps the private key encrypted on disk and reloads it with the same fingerprint', async () => {
  const store = createProcessSecretStore(Buffer.alloc(32, 7));
  const first = await openLog(dir.path, { secretStore: store });
  expect(first.keyInMemoryOnly).toBe(false);
  await first.close();
  const onDisk = readFileSync(join(dir.path, 'signing-key.bin'));
  const pkcs8 = Buffer.from(await store.decrypt(onDisk), 'base64');
  const seed = Buffer.from(createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).export({ format: 'jwk' }).d!, 'base64url');
  for (const secret of [seed, pkcs8, Buffer.from(seed.toString('base64')), Buffer.from(pkcs8.toString('base64')), Buffer.from(seed.toString('hex'))]) {
    expect(onDisk.includes(secret)).toBe(false);
  }
  expect(JSON.parse(readFileSync(join(dir.path, 'signing-key.pub'), 'utf8'))).toEqual({ publicKey: first.publicKey, fingerprint: first.fingerprint });
  const second = await openLog(dir.path, { secretStore: store });
  expect(second.fingerprint).toBe(first.fingerprint);
  await second.close();
});

it('makes a new key, says so, and keeps the old file when the saved key cannot be decrypted', async () => {
  const first = await openLog(dir.path, { secretStore: createProcessSecretStore(Buffer.alloc(32, 1)) });
  await first.close();
  const second = await openLog(dir.path, { secretStore: createProcessSecretStore(Buffer.alloc(32, 2)) });
  expect(second.fingerprint).not.toBe(first.fingerprint);
  expect(second.findingsAtOpen).toContainEqual(expect.objectContaining({ kind: 'key-replaced' }));
  expect(readdirSync(dir.path).some((n) => n.startsWith('signing-key.bin.unreadable-'))).toBe(true);
  await second.close();
  const review = await reviewLogs([dir.path], { trustedKeys: [first.fingerprint, second.publicKey] });
  expect(review.ok && review.value.files[0]!.integrity).toEqual({ status: 'verified' });
});

it('without OS encryption keeps the key in memory for this run, flags it, and the run still verifies', async () => {
  const opened = await createActionLog({ folder: dir.path, secretStore: noEncryption, appVersion: '0.1.0-test' });
  if (!opened.ok) throw new Error(opened.error.message);
  const log = opened.value;
  expect(log.keyInMemoryOnly).toBe(true);
  expect(log.findingsAtOpen).toContainEqual(expect.objectContaining({ kind: 'key-in-memory' }));
  await writeActions(log, 1);
  await log.close();
  expect(existsSync(join(dir.path, 'signing-key.bin'))).toBe(false);
  const file = join(dir.path, readdirSync(dir.path).find((n) => n.startsWith('actions-'))!);
  expect(JSON.parse(readLinesOf(file)[0]!)).toMatchObject({ type: 'header', keyStorage: 'memory', publicKey: log.publicKey });
  const review = await reviewLogs([file]);
  expect(review.ok && review.value.files[0]!.integrity).toEqual({ status: 'verified' });
  expect(review.ok && review.value.keys.map((k) => k.keyStorage)).toEqual(['memory']);
});
