import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createActionLog } from '../../main/action-log/action-log';
import { sha256Hex } from '../../main/action-log/entry-crypto';
import { lineBytes, sealLineBytes } from '../../main/action-log/line-format';
import { SEAL_EVERY } from '../../main/action-log/log-writer';
import { INSTALL_ID_FILE, listMonthFiles, monthFileName, monthOf } from '../../main/action-log/log-files';
import { loadSigningKey } from '../../main/action-log/signing-key';
import { tipOf } from '../../main/action-log/tail-recovery';
import type { Technician } from '../../main/actions/action-entries';
import { createProcessSecretStore } from '../../test/support/process-secret-store';
import type { Device } from '../../shared/devices/device';
import { actionEntryInputSchema, LOG_FORMAT_VERSION } from '../../shared/log/log-entry';
import { ENTRIES_PER_ACTION, sampleEntries } from './sample-entries';

/**
 * A large action log for the review case, made the way the app makes one,
 * minus one fsync per line (a million fsyncs would take hours):
 * 1. the real writer (createActionLog) opens the folder, makes and saves the
 *    signing key, writes the first header and the first action's entries;
 * 2. the rest continues that chain with the writer's own pieces: the entry
 *    schema, `lineBytes` (the line as written; the next `prev` is its SHA-256),
 *    a seal (`sealLineBytes`, Ed25519 with the saved key) every SEAL_EVERY
 *    lines and before each new month, a header at each new month as the
 *    writer does, and written in large buffered chunks.
 * The review then checks every line; the case refuses a log with any finding,
 * which proves the generated lines are indistinguishable from written ones.
 */
export interface GeneratedLog {
  folder: string;
  entries: number;
  actions: number;
  files: number;
  lines: number;
  bytes: number;
  ms: number;
}

const months = 12;
const flushBytes = 8 * 2 ** 20;

export async function generateLog(folder: string, entries: number, devices: readonly Device[], technician: Technician, tenantId: string): Promise<GeneratedLog> {
  const started = performance.now();
  const store = createProcessSecretStore();
  const start = Date.UTC(2025, 0, 1);
  const step = Math.floor((months * 30 * 86_400_000) / entries); // the log's time range is a year of actions
  let now = new Date(start);
  const inputs = sampleEntries(devices, technician, tenantId);

  const opened = await createActionLog({ folder, secretStore: store, appVersion: 'bench', clock: () => now });
  if (!opened.ok) throw new Error(`the action log did not open: ${opened.error.message}`);
  let written = 0;
  for (; written < Math.min(ENTRIES_PER_ACTION, entries); written++) {
    now = new Date(start + written * step);
    const result = await opened.value.append(inputs.next().value!);
    if (!result.ok) throw new Error(`the real writer refused an entry: ${result.error.message}`);
  }
  await opened.value.close();

  const { key } = await loadSigningKey(folder, store, now);
  const installId = readFileSync(path.join(folder, INSTALL_ID_FILE), 'utf8').trim();
  const first = listMonthFiles(folder).at(-1)!;
  let tip = tipOf(first);
  if (tip === null) throw new Error('the real writer left no chain tip');
  let month = monthOf(now);
  let fd = openSync(first, 'a');
  let chunks: Buffer[] = [];
  let pending = 0;
  let unsealed = 0;
  const flush = () => {
    const data = Buffer.concat(chunks);
    for (let done = 0; done < data.length; ) done += writeSync(fd, data, done, data.length - done);
    chunks = [];
    pending = 0;
  };
  const put = (bytes: Buffer) => {
    chunks.push(bytes);
    pending += bytes.length;
    if (pending >= flushBytes) flush();
    tip = { seq: tip!.seq + 1, hash: sha256Hex(bytes) };
  };
  const seal = () => {
    put(sealLineBytes(tip!.seq + 1, now.toISOString(), tip!.hash, key.fingerprint, (data) => key.sign(data)));
    unsealed = 0;
  };
  const line = (fields: Record<string, unknown>) => {
    put(lineBytes({ v: LOG_FORMAT_VERSION, seq: tip!.seq + 1, ...fields, prev: tip!.hash }));
    if (++unsealed >= SEAL_EVERY) seal();
  };

  for (; written < entries; written++) {
    now = new Date(start + written * step);
    if (monthOf(now) !== month) {
      if (unsealed > 0) seal();
      flush();
      closeSync(fd);
      month = monthOf(now);
      fd = openSync(path.join(folder, monthFileName(month)), 'a', 0o600);
      line({ time: now.toISOString(), type: 'header', installId, appVersion: 'bench', machineName: 'BENCH-PC', publicKey: key.publicKey, fingerprint: key.fingerprint, keyStorage: key.storage });
    }
    const parsed = actionEntryInputSchema.parse(inputs.next().value!);
    line({ time: now.toISOString(), ...parsed });
  }
  if (unsealed > 0) seal();
  flush();
  closeSync(fd);
  const files = listMonthFiles(folder);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  return { folder, entries, actions: Math.ceil(entries / ENTRIES_PER_ACTION), files: files.length, lines: tip.seq, bytes, ms: performance.now() - started };
}
