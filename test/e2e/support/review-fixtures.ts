import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createActionLog } from '../../../main/action-log/action-log';
import type { ActionEntryInput } from '../../../shared/log/log-entry';
import { createProcessSecretStore } from '../../support/process-secret-store';

/** One action as a helpdesk computer would have logged it: its entries, written on one day. */
export interface LoggedAction {
  id: string;
  device: string;
  day: string; // YYYY-MM-DD
  ticket: string;
  /** The entries after `requested`, in order. */
  then: Array<Pick<ActionEntryInput, 'type' | 'state' | 'error'>>;
}

/**
 * Writes a real, signed action log for `machine` in `folder` (the action log's
 * own writer, not hand-made JSON), with its clock set to each action's day so
 * the review's chart has several days to draw.
 */
export async function writeMachineLog(folder: string, machine: string, actions: readonly LoggedAction[]): Promise<void> {
  let now = new Date(`${actions[0]!.day}T09:00:00Z`);
  const opened = await createActionLog({ folder, secretStore: createProcessSecretStore(), appVersion: 'e2e', machineName: machine, sealIdleMs: null, clock: () => now });
  if (!opened.ok) throw new Error(opened.error.message);
  const log = opened.value;
  for (const action of actions) {
    now = new Date(`${action.day}T09:00:00Z`);
    const base = {
      actionId: action.id,
      technician: { upn: `tech-${machine.slice(-2)}@contoso.example`, objectId: 'o-1', displayName: `Technician ${machine.slice(-2)}` },
      tenantId: 'demo',
      device: { id: `device-${action.device}`, name: action.device, platform: 'iOS', osVersion: '17.5', serial: `F2LX${action.id.slice(0, 4).toUpperCase()}` },
    };
    const entries: ActionEntryInput[] = [
      { ...base, type: 'requested', ticket: action.ticket, identityVerified: true, decision: { eligible: true, mode: 'remove', reasonCode: 'ios_supervised', source: 'rules' } },
      ...action.then.map((entry) => ({ ...base, ...entry })),
    ];
    for (const entry of entries) {
      now = new Date(now.getTime() + 60_000);
      const written = await log.append(entry);
      if (!written.ok) throw new Error(written.error.message);
    }
  }
  await log.close();
}

/** Changes one character of the first line holding `needle`, as someone editing the file by hand would. */
export function tamperWith(folder: string, needle: string, replacement: string): void {
  const file = readdirSync(folder).find((name) => /^actions-\d{4}-\d{2}\.jsonl$/.test(name) && readFileSync(path.join(folder, name), 'utf8').includes(needle));
  if (!file) throw new Error(`no log file in ${folder} holds ${needle}`);
  const full = path.join(folder, file);
  writeFileSync(full, readFileSync(full, 'utf8').replace(needle, replacement));
}
