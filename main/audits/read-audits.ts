import type { IntuneAudit } from '../../shared/review/reconcile';
import { ok, type Result } from '../../shared/result';
import { graphAppError } from '../graph/graph-app-error';
import type { GraphClient } from '../graph/graph-client';
import { isPasscodeReset, readAuditRecord } from './audit-record';

/** A tenant's whole audit history can be large; a review never needs more than this many passcode resets. */
const MAX_AUDITS = 100_000;

/**
 * Intune's record of passcode resets since `since` (all when null), for the
 * review's check against Intune. The service may ignore $orderby, so every
 * page is read (up to the cap) and the date is filtered here.
 */
export async function readPasscodeAudits(graph: GraphClient, since: string | null, signal?: AbortSignal): Promise<IntuneAudit[]> {
  const from = since === null ? -Infinity : Date.parse(since) - 60 * 60_000;
  const audits: IntuneAudit[] = [];
  for await (const page of graph.listRemoteActionAudits({ signal })) {
    for (const item of page.items) {
      const record = readAuditRecord(item);
      if (!record || !isPasscodeReset(record) || Date.parse(record.requestedAt) < from) continue;
      const { id, deviceId, deviceName, initiatedBy, requestedAt, state } = record;
      audits.push({ id, deviceId, deviceName, initiatedBy, requestedAt, state });
    }
    if (audits.length >= MAX_AUDITS) break;
  }
  return audits;
}

/** The same, as a Result with Graph's errors in words (403: the account may not read audits). */
export async function readPasscodeAuditsResult(graph: GraphClient, since: string | null): Promise<Result<IntuneAudit[]>> {
  try {
    return ok(await readPasscodeAudits(graph, since));
  } catch (error) {
    return { ok: false, error: graphAppError(error, 'audits') };
  }
}
