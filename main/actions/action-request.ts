import { randomUUID } from 'node:crypto';
import type { ActionSummary, PasscodeActionRequest } from '../../shared/actions/action-summary';
import { normalizeDevice } from '../../shared/devices/normalize-device';
import { err, ok, type AppError, type Result } from '../../shared/result';
import { ticketMatchesPattern } from '../../shared/settings/policy';
import { expandDecision } from '../../shared/rules/passcode-decision';
import { deviceGone, graphAppError } from '../graph/graph-app-error';
import { GraphError } from '../graph/graph-error';
import { deviceKey, type LiveAction } from './action-book';
import { actionContext, entry, type Technician } from './action-entries';
import { follow, type FollowDeps } from './action-follow';
import { unknownOutcomeError } from './action-messages';
import { newSummary } from './action-summaries';
import { remoteAction, type RemoteActionDescriptor } from './remote-actions';
import { ticketMaxLength, ticketMinLength, ticketProblem, type TicketProblem } from '../../shared/actions/ticket-rule';
import { errSaid, logRefusal, saidError } from '../base/said-error';
import type { AppMessage } from '../../shared/messages/app-message';

/**
 * One remote action (its kind's descriptor in remote-actions.ts), from the technician's confirmation to Graph's answer
 * (docs/architecture.md, "The path of an action"). The
 * order is the point: re-read the device, re-run the rules, log `requested`
 * and wait for the fsync, and only then POST.
 */
export interface RequestDeps extends FollowDeps {
  technician: () => Technician | null;
  tenantId: () => string;
  /** `ticketPattern`: the organisation's pattern a ticket reference must match whole (policy), if any. */
  settings: () => { requireTicketReference: boolean; ticketPattern?: string | null };
  /** Aborts when the service closes: a device read under way stops (a POST under way is never cut). */
  closing: AbortSignal;
  /**
   * Intune refused the technician's account a passcode reset (`not_permitted`: role, licence or consent), on this
   * device, at `at`; `technician` and `tenantId` are who the request went out under. Main keeps it for the window.
   */
  accountRefused?(refusal: { deviceId: string; deviceName: string; at: string; error: AppError; technician: Technician; tenantId: string }): void;
}

type Outcome = { result: Result<ActionSummary>; keepGuard: boolean };

const notSent: AppError = saidError('unavailable', { code: 'actionNotSent', params: {} });

// Graph's Date header has whole seconds and is stamped after the action was queued.
const serverDateSlackMs = 2_000;

async function readDevice(deps: RequestDeps, deviceId: string) {
  try {
    // A signal of its own that follows `closing`: every read adds abort listeners to its signal, and
    // many actions sharing one would trip Node's listener-leak warning (AbortSignal.any adds none).
    const signal = AbortSignal.any([deps.closing]);
    const device = normalizeDevice(await deps.graph.getManagedDevice(deviceId, { signal }));
    if (device === null) return errSaid('graph_error', { code: 'graphDeviceWithoutId', params: {} });
    // The POST goes to the id Graph answered with, and the in-flight guard holds the id asked for: they must agree.
    if (deviceKey(device.id) !== deviceKey(deviceId)) return errSaid('graph_error', { code: 'graphOtherDevice', params: {} });
    return ok(device);
  } catch (error) {
    const appError = graphAppError(error, 'device');
    return appError.code === 'not_found' ? errSaid('not_found', deviceGone, appError.detail) : { ok: false as const, error: appError };
  }
}

async function run(deps: RequestDeps, req: PasscodeActionRequest, kind: RemoteActionDescriptor, technician: Technician, tenantId: string, actionId: string): Promise<Outcome> {
  const { book } = deps;
  const ticket = req.ticket.trim();
  const fresh = await readDevice(deps, req.deviceId);
  // Closed while the device was read (tenant switch, quit): the next service would not know of this action.
  if (deps.isClosed()) return { result: { ok: false, error: notSent }, keepGuard: false };
  if (!fresh.ok) return { result: fresh, keepGuard: false };
  const device = fresh.value;
  const context = actionContext(kind.kind, actionId, technician, tenantId, device);
  const details = { ticket, identityVerified: req.identityVerified, decision: device.decision };

  const refusal = kind.refusal(device);
  if (refusal) {
    const error: AppError = { code: 'not_eligible', message: refusal.message, detail: { reasonCode: refusal.reasonCode, actionId } };
    const written = await book.write(entry('refused', context, { ...details, error }));
    const at = written.ok ? written.value.time : new Date(deps.clock.now()).toISOString();
    const refused: LiveAction = { context, summary: newSummary(context, ticket, at), reported: null, passcodeSeen: false };
    book.track(refused);
    book.update(refused, { state: 'refused', error }, at);
    return { result: { ok: false, error }, keepGuard: false };
  }

  const requested = await book.write(entry('requested', context, details));
  if (!requested.ok) {
    return { result: { ok: false, error: logRefusal('logNotWritten', requested.error) }, keepGuard: false };
  }
  const action: LiveAction = { context, summary: newSummary(context, ticket, requested.value.time), reported: null, passcodeSeen: false };
  book.track(action);
  book.update(action, {}, requested.value.time);
  if (deps.isClosed()) {
    // Logged but never sent: say so in the log, so the action is not resumed as if it might have run.
    const written = await book.write(entry('failed', context, { error: notSent }));
    book.update(action, { state: 'failed', error: notSent }, written.ok ? written.value.time : undefined);
    return { result: { ok: false, error: notSent }, keepGuard: false };
  }

  const sentAt = deps.clock.now();
  try {
    const accepted = await kind.send(deps.graph, device.id, { clientRequestId: actionId });
    const written = await book.write(entry('accepted', context, { graphRequestId: accepted.requestId }));
    const summary = book.update(action, { state: 'accepted', graphRequestId: accepted.requestId }, written.ok ? written.value.time : undefined);
    // Intune stamps the action's start with its own clock; the earlier of its Date header and ours
    // covers either clock running behind (an older result is replaced by ours once Intune queues it).
    const serverDate = accepted.date === null ? Number.NaN : Date.parse(accepted.date);
    follow(deps, action, Number.isNaN(serverDate) ? sentAt : Math.min(sentAt, serverDate - serverDateSlackMs));
    return { result: ok(summary), keepGuard: true };
  } catch (error) {
    const graphError = error instanceof GraphError ? error : null;
    const requestId = graphError?.requestId ?? null;
    if (graphError?.outcome === 'unknown') {
      const appError = unknownOutcomeError(graphError);
      const written = await book.write(entry('unknown', context, { graphRequestId: requestId, error: appError }));
      const summary = book.update(action, { state: 'unknown', error: appError, graphRequestId: requestId }, written.ok ? written.value.time : undefined);
      follow(deps, action, sentAt);
      return { result: ok(summary), keepGuard: true };
    }
    const appError = graphAppError(error, 'reset');
    const withAction: AppError = { ...appError, detail: { ...appError.detail, actionId } };
    const written = await book.write(entry('failed', context, { graphRequestId: requestId, error: appError }));
    const summary = book.update(action, { state: 'failed', error: withAction, graphRequestId: requestId }, written.ok ? written.value.time : undefined);
    if (withAction.code === 'not_permitted' && kind.kind === 'resetPasscode') {
      deps.accountRefused?.({ deviceId: device.id, deviceName: summary.deviceName, at: summary.updatedAt, error: withAction, technician, tenantId });
    }
    return { result: { ok: false, error: withAction }, keepGuard: false };
  }
}

const ticketRefusals: Record<TicketProblem, AppMessage> = {
  missing: { code: 'ticketMissing', params: {} },
  tooShort: { code: 'ticketTooShort', params: { min: String(ticketMinLength) } },
  noLetterOrDigit: { code: 'ticketNoLetterOrDigit', params: {} },
  tooLong: { code: 'ticketTooLong', params: { max: String(ticketMaxLength) } },
};

export async function requestPasscodeAction(deps: RequestDeps, req: PasscodeActionRequest): Promise<Result<ActionSummary>> {
  const technician = deps.technician();
  const tenantId = deps.tenantId();
  const kind = remoteAction(req.action ?? 'resetPasscode');
  if (technician === null || tenantId === '') return errSaid('not_signed_in', { code: 'signInToAct', params: {} });
  if (kind.needsIdentityCheck && req.identityVerified !== true) return errSaid('invalid_request', { code: 'confirmIdentity', params: {} });
  if (kind.needsIdentityCheck && deps.settings().requireTicketReference && req.ticket.trim() === '') {
    return errSaid('invalid_request', { code: 'ticketRequired', params: {} });
  }
  const ticketIssue = ticketProblem(req.ticket, false);
  if (ticketIssue !== null) return errSaid('invalid_request', ticketRefusals[ticketIssue]);
  const pattern = deps.settings().ticketPattern ?? null;
  if (req.ticket.trim() !== '' && !ticketMatchesPattern(pattern, req.ticket)) {
    return errSaid('invalid_request', { code: 'ticketPattern', params: { ticket: req.ticket.trim(), pattern: pattern ?? '' } }, { ticketPattern: pattern });
  }
  // Checked and taken before the first await, so two confirmations in quick succession give one POST.
  const busy = deps.book.busyWith(req.deviceId, kind.kind);
  if (busy) {
    return errSaid('already_in_progress', { code: 'actionInProgress', params: { state: busy.state } }, {
      actionId: busy.actionId,
    });
  }
  const actionId = randomUUID();
  deps.book.hold(req.deviceId, actionId, kind.kind);
  let keepGuard = false;
  try {
    const outcome = await run(deps, req, kind, technician, tenantId, actionId);
    keepGuard = outcome.keepGuard;
    return outcome.result;
  } finally {
    if (!keepGuard) deps.book.release(req.deviceId, actionId);
  }
}
