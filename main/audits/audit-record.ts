import type { ActionSummary } from '../../shared/actions/action-summary';
import type { TenantAction } from '../../shared/audits/tenant-action';

/** The fields of a remoteActionAudit we use, read defensively: Graph beta shapes move. */
export interface AuditRecord {
  id: string;
  deviceId: string | null;
  deviceName: string | null;
  initiatedBy: string | null;
  requestedAt: string;
  state: string;
  action: string;
}

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);

export function readAuditRecord(raw: unknown): AuditRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const id = text(r.id);
  const requestedAt = text(r.requestDateTime);
  if (!id || !requestedAt || Number.isNaN(Date.parse(requestedAt))) return null;
  return {
    id,
    deviceId: text(r.managedDeviceId),
    deviceName: text(r.deviceDisplayName),
    initiatedBy: text(r.initiatedByUserPrincipalName),
    requestedAt: new Date(requestedAt).toISOString(),
    state: text(r.actionState) ?? 'unknown',
    action: text(r.action) ?? '',
  };
}

/** The service may ignore our $filter: keep only passcode resets, whatever came back. */
export function isPasscodeReset(record: AuditRecord): boolean {
  return record.action.toLowerCase() === 'resetpasscode' || record.action === '3';
}

// Our POST and Intune's audit record are stamped by different clocks.
const sameActionWindowMs = 2 * 60_000;

/**
 * One row per action: an audit record that matches one of our actions (same
 * device, requested within two minutes) becomes that action's row, with our
 * tracked state, which is fresher than the audit's. Our actions that the
 * audit has not caught up with yet are rows too. Newest first.
 */
export function mergeWithOurActions(records: readonly AuditRecord[], ours: readonly ActionSummary[]): TenantAction[] {
  const unmatched = new Set(ours.filter((a) => a.state !== 'refused'));
  const rows: TenantAction[] = records.map((record) => {
    const at = Date.parse(record.requestedAt);
    const match = [...unmatched].find((a) => a.deviceId === record.deviceId && Math.abs(Date.parse(a.requestedAt) - at) <= sameActionWindowMs);
    if (match) unmatched.delete(match);
    return {
      id: record.id,
      deviceId: record.deviceId,
      deviceName: record.deviceName ?? match?.deviceName ?? null,
      initiatedBy: record.initiatedBy ?? match?.technicianUpn ?? null,
      requestedAt: record.requestedAt,
      state: match ? match.state : record.state,
      actionId: match?.actionId ?? null,
    };
  });
  for (const action of unmatched) {
    rows.push({
      id: `own:${action.actionId}`,
      deviceId: action.deviceId,
      deviceName: action.deviceName,
      initiatedBy: action.technicianUpn,
      requestedAt: action.requestedAt,
      state: action.state,
      actionId: action.actionId,
    });
  }
  return rows.sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
}

const settled = new Set(['done', 'failed', 'notsupported', 'canceled', 'refused']);
export const recentWindowMs = 15 * 60_000;

/**
 * Whether a new passcode action on this device deserves a second
 * confirmation: one is still under way (by anyone), or one was requested in
 * the last 15 minutes. Audits carry no end time, so the request time stands
 * in for it; that errs on the side of warning.
 */
export function needsSecondConfirmation(rows: readonly TenantAction[], now: number): boolean {
  return rows.some((row) => !settled.has(row.state.toLowerCase()) || now - Date.parse(row.requestedAt) <= recentWindowMs);
}
