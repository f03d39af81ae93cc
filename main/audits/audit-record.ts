import { hasUnknownOutcome, isActionState, neverReachedDevice, type ActionSummary } from '../../shared/actions/action-summary';
import { recentWindowMs, type TenantAction } from '../../shared/audits/tenant-action';
import { boundGraphText, maxGraphName, maxGraphWord } from '../../shared/devices/graph-text-bounds';

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

/** Text of a record, cut to its bound (a word unless said): an audit row reaches the window and the recent-action checks. */
const text = (value: unknown, max = maxGraphWord) => (typeof value === 'string' && value.length > 0 ? boundGraphText(value, max) : null);

/**
 * Ids and times are taken whole or not at all: a cut id would match nothing (or the wrong thing) and a
 * cut time is no time; one longer than any Graph sends is none.
 */
const whole = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= maxGraphWord ? value : null);

export function readAuditRecord(raw: unknown): AuditRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const id = whole(r.id);
  const requestedAt = whole(r.requestDateTime);
  if (!id || !requestedAt || Number.isNaN(Date.parse(requestedAt))) return null;
  return {
    id,
    deviceId: whole(r.managedDeviceId),
    deviceName: text(r.deviceDisplayName, maxGraphName),
    initiatedBy: text(r.initiatedByUserPrincipalName, maxGraphName),
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
export const sameActionWindowMs = 2 * 60_000;

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
      // Only an unmatched one: an action Intune has an audit record of got past Graph.
      ...(neverReachedDevice(action) && { neverReachedDevice: true as const }),
    });
  }
  return rows.sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
}

const settled = new Set(['done', 'failed', 'notsupported', 'canceled', 'refused']);

/**
 * One of our own actions whose outcome nobody knows (unknown, unresolved,
 * closed by hand): the action service asks about those from our log, so the
 * tenant-wide check leaves them out rather than warn twice about one action.
 */
function isOurOpenAction(row: TenantAction): boolean {
  return row.actionId !== null && isActionState(row.state) && hasUnknownOutcome(row.state);
}

/**
 * Someone's passcode action that Intune still shows unfinished more than 15
 * minutes after it was requested: the device has not checked in, and nobody
 * knows whether or when it will run. This is what Graph can tell a technician
 * on another machine about an action whose outcome is unknown.
 */
function isOpenInIntune(row: TenantAction, now: number): boolean {
  return row.actionId === null && !settled.has(row.state.toLowerCase()) && now - Date.parse(row.requestedAt) > recentWindowMs;
}

/**
 * Whether a new passcode action on this device deserves the recent-action
 * confirmation: one was requested in the last 15 minutes, or one of ours is
 * still under way. Audits carry no end time, so the request time stands in for
 * it; that errs on the side of warning. Actions whose outcome is unknown get
 * their own warning (unknownOutcomeOf, and our log's in the action service).
 * A request Graph refused (403, 429, 400) or that was never sent is not one:
 * nothing reached the device, so there is no passcode change to collide with
 * or to check with the user first; asking twice for it would teach technicians
 * to tick the warning without reading it. The dialog still names such a
 * refusal, quietly (renderer RefusedAttemptNote).
 */
export function needsSecondConfirmation(rows: readonly TenantAction[], now: number): boolean {
  return rows.some(
    (row) =>
      row.neverReachedDevice !== true &&
      !isOurOpenAction(row) &&
      !isOpenInIntune(row, now) &&
      (!settled.has(row.state.toLowerCase()) || now - Date.parse(row.requestedAt) <= recentWindowMs),
  );
}

/** The newest action by anyone else that Intune shows unfinished for over 15 minutes, or null. Rows are newest first. */
export function unknownOutcomeOf(rows: readonly TenantAction[], now: number): TenantAction | null {
  return rows.find((row) => isOpenInIntune(row, now)) ?? null;
}
