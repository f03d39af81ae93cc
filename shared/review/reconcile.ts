import { z } from 'zod';
import type { FoldedAction } from '../log/folded-action';
import type { ChainReview } from '../log/review-result';
import { intuneAuditSchema, type IntuneAudit } from '../audits/tenant-action';

/**
 * "Check against Intune": the open chains compared with Intune's own record
 * of passcode resets (remoteActionAudits), which no technician can edit. The
 * files prove their own integrity; only this shows what they leave out.
 */
// The audit record's fields are the audits domain's: one schema for both views of remoteActionAudits.
export { intuneAuditSchema, type IntuneAudit } from '../audits/tenant-action';

export const reconcileKinds = ['missing-from-logs', 'after-log-end', 'unknown-to-intune', 'state-differs'] as const;
export type ReconcileKind = (typeof reconcileKinds)[number];

/** What each kind can mean, in words an auditor can act on. */
export const reconcileMeaning: Record<ReconcileKind, string> = {
  'missing-from-logs':
    'Intune recorded a passcode reset by this technician, in the period this log covers, that no open log has: its entries were deleted from the log (and the chain re-sealed by its own key), or it was done outside this app (the Intune portal, a script), or its log was not opened.',
  'after-log-end':
    "Intune recorded a passcode reset by this technician after this log's last entry: the copy predates it, or the newest entries were cut off the end of the log (which the files alone cannot show).",
  'unknown-to-intune':
    'The log says Intune accepted this reset, but Intune has no record of it: the entries were inserted or forged, or Intune no longer keeps audits that old.',
  'state-differs': 'The log and Intune disagree on how this reset ended: an entry was changed, or the log stopped following it before Intune did.',
};

export const reconcileFindingSchema = z.object({
  chain: z.string(),
  kind: z.enum(reconcileKinds),
  at: z.string(),
  technician: z.string().nullable(),
  deviceName: z.string().nullable(),
  deviceId: z.string().nullable(),
  actionId: z.string().nullable(), // the log's action, when the finding is about one
  auditId: z.string().nullable(), // Intune's record, when the finding is about one
  logState: z.string().nullable(),
  intuneState: z.string().nullable(),
  meaning: z.string(),
});
export type ReconcileFinding = z.infer<typeof reconcileFindingSchema>;

export const reconciliationSchema = z.object({
  checkedAt: z.string(),
  auditsRead: z.int(),
  /** Per chain: how many of its actions Intune confirmed, and its findings (capped in the view, all in the export). */
  chains: z.array(z.object({ chain: z.string(), matched: z.int(), findings: z.array(reconcileFindingSchema), findingCount: z.int() })),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

// Our POST and Intune's audit record are stamped by different clocks.
const SAME_ACTION_MS = 2 * 60_000;
const terminal = new Set(['done', 'failed', 'notsupported', 'canceled']);
// What the log says reached Intune: a `requested` alone may have died before the call.
const reachedIntune = new Set(['accepted', 'pending', 'active', 'done', 'failed', 'notSupported', 'canceled']);

const lower = (text: string | null | undefined) => (text ?? '').toLowerCase();
const timeOf = (row: FoldedAction) => Date.parse(row.requestedAt ?? row.lastUpdate);

function rowReachedIntune(row: FoldedAction): boolean {
  // A `failed` line is Graph's refusal (no audit); `failed` as a tracked state came from the device.
  if (row.lastType === 'failed' || row.lastType === 'refused' || row.lastType === 'unknown') return false;
  return reachedIntune.has(row.lastState) || row.lastType === 'accepted';
}

/**
 * Matches each audit to at most one logged action (same device, same
 * technician when Intune names one, requested within two minutes), then
 * reports what is left over on either side, per chain.
 */
export function reconcile(chains: readonly ChainReview[], rows: readonly FoldedAction[], audits: readonly IntuneAudit[], checkedAt: string): Reconciliation {
  const byChain = new Map(chains.map((c) => [c.id, { chain: c.id, matched: 0, findings: [] as ReconcileFinding[], findingCount: 0 }]));
  const add = (finding: Omit<ReconcileFinding, 'meaning'>) => {
    const entry = byChain.get(finding.chain);
    if (!entry) return;
    entry.findings.push({ ...finding, meaning: reconcileMeaning[finding.kind] });
    entry.findingCount++;
  };
  const unmatchedRows = new Set(rows);
  // Rows by device, so matching stays linear in practice.
  const rowsByDevice = new Map<string, FoldedAction[]>();
  for (const row of rows) rowsByDevice.set(lower(row.device.id), [...(rowsByDevice.get(lower(row.device.id)) ?? []), row]);
  const leftover: IntuneAudit[] = [];
  for (const audit of audits) {
    const at = Date.parse(audit.requestedAt);
    // The closest in time wins: two resets of one device minutes apart must not swap.
    let match: FoldedAction | undefined;
    for (const row of rowsByDevice.get(lower(audit.deviceId)) ?? []) {
      const gap = Math.abs(timeOf(row) - at);
      if (!unmatchedRows.has(row) || gap > SAME_ACTION_MS || (audit.initiatedBy !== null && lower(audit.initiatedBy) !== lower(row.technician.upn))) continue;
      if (match === undefined || gap < Math.abs(timeOf(match) - at)) match = row;
    }
    if (!match) {
      leftover.push(audit);
      continue;
    }
    unmatchedRows.delete(match);
    byChain.get(match.chain)!.matched++;
    const intune = lower(audit.state);
    const logState = lower(match.lastState);
    // Both ended and disagree, or the log says the request never reached Intune (refused, or refused by Graph).
    const differs = (terminal.has(intune) && terminal.has(logState) && intune !== logState) || match.lastType === 'refused' || (match.lastType === 'failed' && match.lastState === 'failed' && !terminal.has(intune));
    if (differs) {
      add({ chain: match.chain, kind: 'state-differs', at: audit.requestedAt, technician: match.technician.upn, deviceName: match.device.name, deviceId: match.device.id, actionId: match.actionId, auditId: audit.id, logState: match.lastState, intuneState: audit.state });
    }
  }
  // Intune's records no open log has: given to the chains of that technician whose period they fall in (or follow).
  for (const audit of leftover) {
    const at = Date.parse(audit.requestedAt);
    const mine = chains.filter((c) => c.firstTime !== null && c.technicians.some((t) => lower(t) === lower(audit.initiatedBy)) && at >= Date.parse(c.firstTime) - SAME_ACTION_MS);
    for (const chain of mine) {
      const kind: ReconcileKind = at <= Date.parse(chain.lastTime!) + SAME_ACTION_MS ? 'missing-from-logs' : 'after-log-end';
      add({ chain: chain.id, kind, at: audit.requestedAt, technician: audit.initiatedBy, deviceName: audit.deviceName, deviceId: audit.deviceId, actionId: null, auditId: audit.id, logState: null, intuneState: audit.state });
    }
  }
  // What the logs say Intune accepted, and Intune never saw.
  for (const row of unmatchedRows) {
    if (!rowReachedIntune(row)) continue;
    add({ chain: row.chain, kind: 'unknown-to-intune', at: row.requestedAt ?? row.lastUpdate, technician: row.technician.upn, deviceName: row.device.name, deviceId: row.device.id, actionId: row.actionId, auditId: null, logState: row.lastState, intuneState: null });
  }
  for (const entry of byChain.values()) entry.findings.sort((a, b) => a.at.localeCompare(b.at));
  return { checkedAt, auditsRead: audits.length, chains: [...byChain.values()] };
}

/** The earliest action time the open chains cover: audits older than this need not be read. */
export function periodStart(chains: readonly ChainReview[]): string | null {
  const starts = chains.map((c) => c.firstTime).filter((t): t is string => t !== null).sort();
  return starts[0] ?? null;
}

const csvColumns = ['Chain', 'Finding', 'Time', 'Technician', 'Device', 'Device ID', 'Log action ID', 'Intune audit ID', 'Log state', 'Intune state', 'What it can mean'] as const;

/**
 * The check's CSV, a header and one CRLF line per finding, in pieces of `rowsPerPiece` lines: like the
 * review's CSV (shared/log/actions-csv.ts), the whole of a large check may not fit in one string.
 */
export function* reconciliationCsvPieces(
  result: Reconciliation,
  machineOf: (chain: string) => string,
  cell: (value: string | null) => string,
  rowsPerPiece = 2_000,
): Generator<string> {
  yield `${csvColumns.map((c) => cell(c)).join(',')}\r\n`;
  let piece = '';
  let rows = 0;
  for (const chain of result.chains) {
    for (const f of chain.findings) {
      piece += `${[machineOf(f.chain), f.kind, f.at, f.technician, f.deviceName, f.deviceId, f.actionId, f.auditId, f.logState, f.intuneState, f.meaning].map(cell).join(',')}\r\n`;
      if (++rows === rowsPerPiece) {
        yield piece;
        piece = '';
        rows = 0;
      }
    }
  }
  if (piece !== '') yield piece;
}
