import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActionLog, type ActionLog, type ActionLogOptions } from '../../../main/action-log/action-log';
import { sha256Hex } from '../../../main/action-log/entry-crypto';
import { sealLineBytes } from '../../../main/action-log/line-format';
import { createProcessSecretStore } from '../../support/process-secret-store';
import type { ActionEntryInput, EntryType } from '../../../shared/log/log-entry';

/** Temp folders and sample entries shared by the action-log tests. */
export function tempFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'action-log-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function sampleEntry(type: EntryType = 'requested', overrides: Partial<ActionEntryInput> = {}): ActionEntryInput {
  const base: ActionEntryInput = {
    type,
    actionId: randomUUID(),
    technician: { upn: 'tech@contoso.example', objectId: '0b6f6c8e-3f0e-4f6a-9d2a-1c2b3d4e5f60', displayName: 'Taylor Tech' },
    tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    device: { id: 'dev-1', name: 'IPAD-0042', platform: 'iOS', osVersion: '17.5', mode: 'userEnrollment', ownerUpn: 'owner@contoso.example', serial: 'DMPX1234' },
  };
  if (type === 'requested') Object.assign(base, { ticket: 'INC-1001', identityVerified: true, decision: { eligible: true, mode: 'remove', reasonCode: 'ios_supervised', source: 'rules' } });
  if (type === 'refused') Object.assign(base, { decision: { eligible: false, mode: 'none', reasonCode: 'unsupported', source: 'rules' } });
  if (type === 'failed') Object.assign(base, { error: { code: 'Forbidden', message: 'missing role' }, graphRequestId: randomUUID() });
  if (type === 'state') Object.assign(base, { state: 'pending' });
  if (type === 'note') Object.assign(base, { note: 'called the user back' });
  return { ...base, ...overrides };
}

/** Opens a log with a real (AES) secret store; fails the test on an error result. */
export async function openLog(folder: string, extra: Partial<ActionLogOptions> = {}): Promise<ActionLog> {
  const opened = await createActionLog({ folder, secretStore: createProcessSecretStore(Buffer.alloc(32, 7)), appVersion: '0.1.0-test', machineName: 'TEST-PC', sealIdleMs: null, ...extra });
  if (!opened.ok) throw new Error(`${opened.error.code}: ${opened.error.message}`);
  return opened.value;
}

/** Writes `count` actions of requested + accepted + state entries; returns their action ids. */
export async function writeActions(log: ActionLog, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const actionId = randomUUID();
    ids.push(actionId);
    for (const type of ['requested', 'accepted', 'state'] as const) {
      const result = await log.append(sampleEntry(type, { actionId, ticket: type === 'requested' ? `INC-${i}` : undefined }));
      if (!result.ok) throw new Error(result.error.message);
    }
  }
  return ids;
}

export const readLinesOf = (path: string) => readFileSync(path, 'utf8').split('\n').slice(0, -1);
export const writeLinesTo = (path: string, lines: readonly string[]) => writeFileSync(path, lines.map((l) => `${l}\n`).join(''));

/**
 * What someone editing a format-2 log would do: recompute every `prev` from
 * the bytes of the line before, and (with a key) sign the seals again.
 * Without a key, seals keep their old signatures, which no longer match.
 */
export function relink(lines: readonly string[], options: { sign?: (data: Uint8Array) => string; keyId?: string } = {}): string[] {
  const out: string[] = [];
  for (const text of lines) {
    const line = JSON.parse(text) as Record<string, unknown>;
    const prev = out.length === 0 ? (line.prev as string) : sha256Hex(`${out.at(-1)!}\n`);
    if (line.type === 'seal' && options.sign) {
      const keyId = options.keyId ?? (line.keyId as string);
      out.push(sealLineBytes(line.seq as number, line.time as string, prev, keyId, options.sign).toString('utf8').trimEnd());
    } else out.push(JSON.stringify({ ...line, prev }));
  }
  return out;
}
