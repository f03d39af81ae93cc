import type { ActionResult } from '../../shared/actions/action-result';
import type { TenantAction } from '../../shared/audits/tenant-action';
import { sameActionWindowMs } from './audit-record';

/**
 * Adds what the device's own deviceActionResults say about its latest reset
 * to the rows the audits gave for that device (newest first). A result that
 * matches an audit row by time updates that row's state, since the device's
 * result is fresher than the audit; our own rows keep our tracked state. A
 * result no row matches (the audits are refused, or have not caught up) becomes
 * a row of its own: Graph does not say who asked for it.
 */
export function withDeviceResult(rows: readonly TenantAction[], deviceId: string, result: ActionResult | null): TenantAction[] {
  if (result === null) return [...rows];
  const match = rows.find((row) => Math.abs(Date.parse(row.requestedAt) - result.startMs) <= sameActionWindowMs);
  if (match) return rows.map((row) => (row === match && row.actionId === null ? { ...row, state: result.state } : row));
  const own: TenantAction = {
    id: `result:${deviceId}:${result.startMs}`,
    deviceId,
    deviceName: null,
    initiatedBy: null,
    requestedAt: new Date(result.startMs).toISOString(),
    state: result.state,
    actionId: null,
  };
  return [...rows, own].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
}
