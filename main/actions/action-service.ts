import type { ActionSummary, CloseActionRequest, PasscodeActionRequest } from '../../shared/actions/action-summary';
import { canCloseByHand, hasUnknownOutcome, isTerminalState, lastActionOn } from '../../shared/actions/action-summary';
import { ok, type AppError, type Result } from '../../shared/result';
import type { FoldedAction } from '../../shared/log/folded-action';
import { trackedStates, type TrackedState } from '../../shared/log/log-entry';
import type { ReviewResult } from '../../shared/log/review-result';
import type { EventHub } from '../base/events';
import type { Logger } from '../base/logger';
import { systemClock, type Clock } from '../base/clock';
import type { GraphClient } from '../graph/graph-client';
import { createActionBook, type ActionLogPort, type LiveAction } from './action-book';
import { entry, type Technician } from './action-entries';
import { follow } from './action-follow';
import { requestPasscodeAction, type RequestDeps } from './action-request';
import { byNewest, summaryFromRow } from './action-summaries';
import { defaultTrackerTiming, type TrackerTiming } from './action-tracker';
import { createPasscodeVault, type PasscodeVault } from './passcode-vault';
import { contextOfRow, revealPasscodeAgain, type Reread } from './passcode-reread';
import { errSaid, logRefusal } from '../base/said-error';

/**
 * The passcode action and the live actions log (docs/architecture.md, "The path of an action"):
 * request, follow each action to its end, resume unfinished ones from the
 * action log, list them, and hand over a generated passcode once.
 */
export interface ActionServiceDeps {
  graph: GraphClient;
  log: ActionLogPort & { readOwnEntries(): Promise<Result<ReviewResult>> };
  events: EventHub;
  technician: () => Technician | null;
  /** The signed-in tenant's id; '' when nobody is signed in. */
  tenantId: () => string;
  settings: () => { requireTicketReference: boolean; ticketPattern?: string | null };
  logger: Logger;
  clock?: Clock;
  trackerTiming?: Partial<TrackerTiming>;
  /** Pass the vault whose `isSecret` the action log was opened with; one is made when absent. */
  vault?: PasscodeVault;
  /** Told when Intune refuses the technician's account a passcode reset (`not_permitted`): main keeps it (AuthService). */
  accountRefused?: RequestDeps['accountRefused'];
}

export interface ActionService {
  request(req: PasscodeActionRequest): Promise<Result<ActionSummary>>;
  /** This run's actions and earlier ones from the log, newest first. */
  list(): Promise<Result<ActionSummary[]>>;
  /** The generated passcode of an action, once. */
  revealPasscode(actionId: string): Result<{ passcode: string }>;
  /** The generated passcode again, within Intune's seven days: re-read from Graph, the reason logged. */
  revealPasscodeAgain(actionId: string, reason: string): Promise<Result<Reread>>;
  /** Ends an action of unknown outcome by hand, with the technician's note (logged), and frees its device. */
  closeByHand(request: CloseActionRequest): Promise<Result<ActionSummary>>;
  /** Follows again the actions of the signed-in tenant the log shows unfinished; call after sign-in. */
  resumeFromLog(): Promise<Result<{ resumed: number }>>;
  /** Stops following (the log keeps them unfinished, to resume next time) and forgets passcodes. */
  close(): Promise<void>;
}

const tracked: ReadonlySet<string> = new Set(trackedStates);

export function createActionService(deps: ActionServiceDeps): ActionService {
  const clock = deps.clock ?? systemClock;
  const vault = deps.vault ?? createPasscodeVault({ clock });
  const book = createActionBook({ log: deps.log, events: deps.events, logger: deps.logger, clock, vault });
  const timing = { ...defaultTrackerTiming, ...deps.trackerTiming };
  let closed = false;
  const closing = new AbortController();
  const requestDeps: RequestDeps = {
    book, graph: deps.graph, clock, timing, logger: deps.logger, vault,
    technician: deps.technician, tenantId: deps.tenantId, settings: deps.settings,
    isClosed: () => closed,
    closing: closing.signal,
    ...(deps.accountRefused && { accountRefused: deps.accountRefused }),
  };
  let logRows: Promise<Result<FoldedAction[]>> | null = null;
  // Requests between their first await and their answer: close() waits for them, so their outcome reaches the log.
  const requesting = new Set<Promise<unknown>>();
  // Resumes run one at a time; a request waits for the one under way, so the guard knows every unfinished action.
  let resuming: Promise<unknown> = Promise.resolve();
  let resumedTenant: string | null = null;

  // Own entries change only through this service, so one read per run serves the list.
  function readLog(): Promise<Result<FoldedAction[]>> {
    const reading = (logRows ??= deps.log.readOwnEntries().then((read) => {
      if (read.ok) return ok(read.value.rows.all());
      logRows = null; // a failed read is tried again next time
      return read;
    }));
    return reading;
  }

  /** Makes an unfinished row live and takes its device's guard; synchronous, so no request slips in between. */
  function pickUp(row: FoldedAction): LiveAction {
    const action: LiveAction = {
      context: { action: row.action, actionId: row.actionId, technician: row.technician, tenantId: row.tenantId, device: row.device },
      summary: summaryFromRow(row),
      reported: tracked.has(row.lastState) ? (row.lastState as TrackedState) : null,
      passcodeSeen: false,
    };
    book.track(action);
    book.hold(row.device.id, row.actionId, row.action);
    return action;
  }

  async function resume(row: FoldedAction, action: LiveAction): Promise<void> {
    // Written before following starts, so the log shows when the action was picked up again.
    await book.write(entry('resumed', action.context));
    if (closed) return book.release(row.device.id, row.actionId);
    const requestedAt = Date.parse(row.requestedAt ?? row.lastUpdate);
    follow(requestDeps, action, Number.isNaN(requestedAt) ? clock.now() : requestedAt);
  }

  async function resumeNow(): Promise<Result<{ resumed: number }>> {
    const tenantId = deps.tenantId();
    const rows = await readLog();
    if (!rows.ok) return rows;
    if (closed) return ok({ resumed: 0 });
    if (tenantId !== '') resumedTenant = tenantId;
    const unfinished = rows.value.filter((row) => !isTerminalState(row.lastState) && !book.isLive(row.actionId) && row.tenantId === tenantId);
    const picked = unfinished.map((row) => [row, pickUp(row)] as const);
    for (const [row, action] of picked) await resume(row, action);
    return ok({ resumed: picked.length });
  }

  function resumeFromLog(): Promise<Result<{ resumed: number }>> {
    const run = resuming.then(resumeNow);
    resuming = run.catch(() => undefined);
    return run;
  }

  /**
   * Whatever the log shows unfinished for this tenant holds its device before any new action is checked
   * (or an action closed), even if nothing called resumeFromLog yet (a sign-in restored at start-up announces nothing).
   */
  async function resumedForThisTenant(): Promise<void> {
    const tenantId = deps.tenantId();
    if (tenantId !== '' && resumedTenant !== tenantId) {
      void resumeFromLog().then(
        (resumed) => {
          if (!resumed.ok) deps.logger.warn(`Could not resume unfinished actions: ${resumed.error.message}`);
        },
        (cause: unknown) => deps.logger.error('Resuming unfinished actions failed', cause),
      );
    }
    await resuming;
  }

  async function requestAfterResume(req: PasscodeActionRequest): Promise<Result<ActionSummary>> {
    await resumedForThisTenant();
    if (closed) return errSaid('unavailable', { code: 'appClosing', params: {} });
    const unconfirmed = await unknownOutcomeGuard(req);
    if (unconfirmed) return unconfirmed;
    return requestPasscodeAction(requestDeps, req);
  }

  /** This tenant's actions, from the log and this run, newest state of each. */
  async function ownSummaries(): Promise<Result<ActionSummary[]>> {
    const rows = await readLog();
    if (!rows.ok) return { ok: false, error: logRefusal('logNotReadable', rows.error) };
    const tenantId = deps.tenantId();
    const ours = (id: string) => tenantId === '' || id === tenantId;
    const all = new Map<string, ActionSummary>(rows.value.filter((row) => ours(row.tenantId)).map((row) => [row.actionId, summaryFromRow(row)]));
    for (const action of book.all()) {
      const { actionId } = action.context;
      if (ours(action.context.tenantId)) all.set(actionId, { ...action.summary, passcodeAvailable: vault.has(actionId) });
    }
    return ok([...all.values()].sort(byNewest));
  }

  /**
   * The dialog's second confirmation, enforced here too: when nobody knows whether the device's last
   * action ran, a new one goes out only once the technician has said they checked. An action still
   * followed is left to the in-flight guard, which refuses outright.
   */
  async function unknownOutcomeGuard(req: PasscodeActionRequest): Promise<Result<never> | null> {
    const kind = req.action ?? 'resetPasscode';
    if (req.acknowledgedUnknownOutcome === true || book.busyWith(req.deviceId, kind)) return null;
    const summaries = await ownSummaries();
    const last = summaries.ok ? lastActionOn(summaries.value, req.deviceId, kind) : null;
    if (last === null || !hasUnknownOutcome(last.state)) return null;
    return errSaid('confirmation_required', { code: 'unknownOutcomeOwn', params: { requestedAt: last.requestedAt } }, { actionId: last.actionId, state: last.state, unknownOutcome: true });
  }

  async function closeByHand({ actionId, note }: CloseActionRequest): Promise<Result<ActionSummary>> {
    const technician = deps.technician();
    if (technician === null) return errSaid('not_signed_in', { code: 'signInToClose', params: {} });
    if (closed) return errSaid('unavailable', { code: 'appClosing', params: {} });
    await resumedForThisTenant();
    const action = book.find(actionId);
    if (!action || action.context.tenantId !== deps.tenantId()) return errSaid('not_found', { code: 'notFollowed', params: {} });
    if (!canCloseByHand(action.summary.state)) {
      return errSaid('invalid_request', { code: 'closeOnlyUnknown', params: { state: action.summary.state } });
    }
    // Stop following first, so no state entry lands after the closing one.
    action.stop?.abort();
    await action.following;
    if (!canCloseByHand(action.summary.state)) return ok(action.summary); // Intune answered meanwhile: that is the end
    const context = { ...action.context, technician: { upn: technician.upn, objectId: technician.objectId } };
    const written = await book.write({ ...entry('closed', context), note: note.slice(0, 2000) });
    if (!written.ok) return { ok: false, error: logRefusal('closeNotWritten', written.error) };
    book.release(action.context.device.id, actionId);
    const error: AppError = { code: 'outcome_unknown', message: `Closed by hand by ${technician.upn}: ${note}` };
    return ok(book.update(action, { state: 'closed', error }, written.value.time));
  }

  return {
    request(req) {
      if (closed) return Promise.resolve(errSaid('unavailable', { code: 'appClosing', params: {} }));
      const answer = requestAfterResume(req);
      requesting.add(answer);
      const forget = () => void requesting.delete(answer);
      answer.then(forget, forget); // the caller handles a rejection; this copy must not be an unhandled one
      return answer;
    },

    // One log serves every tenant (and the demo): a signed-in technician sees, and the tenant view merges, this tenant's only.
    list: ownSummaries,

    closeByHand,

    revealPasscode(actionId) {
      // Who saw it goes on the record: with nobody signed in (a shared helpdesk PC after sign-out) there is no one to name.
      const technician = deps.technician();
      if (technician === null) return errSaid('not_signed_in', { code: 'signInToReveal', params: {} });
      const passcode = vault.reveal(actionId);
      if (passcode === null) {
        return errSaid('not_found', { code: 'noPasscodeWaiting', params: {} });
      }
      const action = book.find(actionId);
      if (action) {
        // That it was shown, and by whom, is part of the record; the passcode itself never is.
        const context = { ...action.context, technician: { upn: technician.upn, objectId: technician.objectId } };
        void book.write({ ...entry('note', context), note: 'The generated passcode was shown to the technician' });
        book.update(action, {});
      }
      return ok({ passcode });
    },

    revealPasscodeAgain(actionId, reason) {
      if (closed) return Promise.resolve(errSaid('unavailable', { code: 'appClosing', params: {} }));
      return revealPasscodeAgain(
        {
          graph: deps.graph, book, vault, clock, technician: deps.technician, tenantId: deps.tenantId, clockSkewMs: timing.clockSkewMs,
          async find(id) {
            const live = book.find(id);
            if (live) return { context: live.context, requestedAtMs: Date.parse(live.summary.requestedAt) };
            const rows = await readLog();
            const row = rows.ok ? rows.value.find((r) => r.actionId === id) : undefined;
            return row ? contextOfRow(row) : null;
          },
        },
        actionId,
        reason,
      );
    },

    resumeFromLog,

    async close() {
      closed = true;
      closing.abort();
      // A POST under way is answered and logged before the log may close; follow() starts nothing now.
      await Promise.all([...requesting].map((answer) => answer.catch(() => undefined)));
      await resuming;
      const following: Promise<void>[] = [];
      for (const action of book.all()) {
        action.stop?.abort();
        if (action.following) following.push(action.following);
      }
      await Promise.all(following);
      vault.clear();
    },
  };
}
