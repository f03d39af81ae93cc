import { passcodeKeptMs } from '../../shared/actions/passcode-window';
import { ok, type Result } from '../../shared/result';
import type { FoldedAction } from '../../shared/log/folded-action';
import type { Clock } from '../base/clock';
import { graphAppError } from '../graph/graph-app-error';
import type { GraphClient } from '../graph/graph-client';
import type { ActionBook } from './action-book';
import { entry, type ActionContext, type Technician } from './action-entries';
import { findOurResult } from './match-action-result';
import type { PasscodeVault } from './passcode-vault';
import { errSaid, logRefusal } from '../base/said-error';

/**
 * "Reveal again": a dropped call should not mean a second reset. Within the
 * seven days Intune keeps a generated passcode, the technician may see it
 * again: each time it is re-read from Graph (never kept by us), the reason
 * is asked and written to the action log, and only then is it handed over.
 */
export interface RereadDeps {
  graph: GraphClient;
  book: ActionBook;
  vault: PasscodeVault;
  clock: Clock;
  technician: () => Technician | null;
  tenantId: () => string;
  /** The action's context and request time, from this run or the log. */
  find(actionId: string): Promise<{ context: ActionContext; requestedAtMs: number } | null>;
  clockSkewMs: number;
}

export interface Reread {
  passcode: string;
  /** When Intune stops keeping it. */
  keptUntil: string;
}

export const reasonLimits = { min: 3, max: 500 } as const;

export async function revealPasscodeAgain(deps: RereadDeps, actionId: string, rawReason: string): Promise<Result<Reread>> {
  const technician = deps.technician();
  if (technician === null || deps.tenantId() === '') return errSaid('not_signed_in', { code: 'signInToRevealAgain', params: {} });
  const reason = rawReason.replace(/\s+/g, ' ').trim();
  if (reason.length < reasonLimits.min || reason.length > reasonLimits.max) {
    return errSaid('invalid_request', { code: 'rereadReason', params: { min: String(reasonLimits.min), max: String(reasonLimits.max) } });
  }
  const found = await deps.find(actionId);
  if (found === null || found.context.tenantId !== deps.tenantId()) return errSaid('not_found', { code: 'rereadNotInLog', params: {} });
  const keptUntilMs = found.requestedAtMs + passcodeKeptMs;
  if (deps.clock.now() >= keptUntilMs) return errSaid('not_found', { code: 'rereadTooOld', params: {} });

  let passcode: string | null;
  try {
    const { results } = await deps.graph.getDeviceActionResults(found.context.device.id);
    passcode = findOurResult(results, found.requestedAtMs, deps.clockSkewMs)?.passcode ?? null;
  } catch (error) {
    return { ok: false, error: graphAppError(error, 'device') };
  }
  if (passcode === null) return errSaid('not_found', { code: 'rereadNoPasscode', params: {} });

  // The reason goes to the log: it must not carry the passcode (typed from the first reveal, say).
  if (reason.toLowerCase().includes(passcode.toLowerCase())) {
    return errSaid('invalid_request', { code: 'rereadReasonHasPasscode', params: {} });
  }
  // Held for the log's secret check while the note is written.
  deps.vault.put(actionId, passcode);
  const context = { ...found.context, technician: { upn: technician.upn, objectId: technician.objectId } };
  const written = await deps.book.write({ ...entry('note', context), note: `The generated passcode was shown again to the technician. Reason: ${reason}` });
  deps.vault.reveal(actionId);
  if (!written.ok) {
    return { ok: false, error: logRefusal('rereadNotWritten', written.error) };
  }
  return ok({ passcode, keptUntil: new Date(keptUntilMs).toISOString() });
}

/** The context of a logged action, as the re-read needs it. */
export function contextOfRow(row: FoldedAction): { context: ActionContext; requestedAtMs: number } | null {
  const requestedAtMs = Date.parse(row.requestedAt ?? '');
  if (!Number.isFinite(requestedAtMs)) return null;
  return { context: { action: row.action, actionId: row.actionId, technician: row.technician, tenantId: row.tenantId, device: row.device }, requestedAtMs };
}
