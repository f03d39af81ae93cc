import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createActionLog } from '../../main/action-log/action-log';
import { entryHash } from '../../main/action-log/entry-crypto';
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
 *    schema, `entryHash` (canonical JSON + SHA-256) and the saved key's
 *    `sign` (Ed25519), one line per entry, a header at each new month as the
 *    writer does, and written in large buffered chunks.
 * The review then checks every line; the case refuses a log with any finding,
 * which proves the generated lines are indistinguishable from written ones.
 */
export interface GeneratedLog {
  folder: string;
  entries: number;
  actions: number;
  files: number;
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
  let chunks: string[] = [];
  let pending = 0;
  const flush = () => {
    const data = Buffer.from(chunks.join(''), 'utf8');
    for (let done = 0; done < data.length; ) done += writeSync(fd, data, done, data.length - done);
    chunks = [];
    pending = 0;
  };
  const line = (fields: Record<string, unknown>) => {
    const record: Record<string, unknown> = { v: LOG_FORMAT_VERSION, seq: tip!.seq + 1, ...fields, prev: tip!.hash };
    record.hash = entryHash(record);
    record.sig = key.sign(record.hash as string);
    const text = `${JSON.stringify(record)}\n`;
    chunks.push(text);
    pending += text.length;
    if (pending >= flushBytes) flush();
    tip = { seq: record.seq as number, hash: record.hash as string };
  };

  for (; written < entries; written++) {
    now = new Date(start + written * step);
    if (monthOf(now) !== month) {
      flush();
      closeSync(fd);
      month = monthOf(now);
      fd = openSync(path.join(folder, monthFileName(month)), 'a', 0o600);
      line({ time: now.toISOString(), type: 'header', installId, appVersion: 'bench', publicKey: key.publicKey, fingerprint: key.fingerprint, keyStorage: key.storage });
    }
    const parsed = actionEntryInputSchema.parse(inputs.next().value!);
    line({ time: now.toISOString(), ...parsed, keyId: key.fingerprint });
  }
  flush();
  closeSync(fd);
  const files = listMonthFiles(folder);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  return { folder, entries, actions: Math.ceil(entries / ENTRIES_PER_ACTION), files: files.length, bytes, ms: performance.now() - started };
}
