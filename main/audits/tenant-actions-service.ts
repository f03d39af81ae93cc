import type { ActionSummary } from '../../shared/actions/action-summary';
import type { DeviceRecentActions, TenantActions } from '../../shared/audits/tenant-action';
import type { TenantActionsNotice } from '../../shared/audits/tenant-actions-notice';
import { ok, type Result } from '../../shared/result';
import { latestReset, type ActionResult } from '../../shared/actions/action-result';
import type { EventHub } from '../base/events';
import type { Logger } from '../base/logger';
import { GraphError } from '../graph/graph-error';
import type { GraphClient } from '../graph/graph-client';
import { isPasscodeReset, mergeWithOurActions, needsSecondConfirmation, readAuditRecord, unknownOutcomeOf, type AuditRecord } from './audit-record';
import { withDeviceResult } from './device-result-row';

export interface TenantActionsOptions {
  graph: GraphClient;
  events: EventHub;
  logger: Logger;
  ourActions: () => Promise<ActionSummary[]>;
  now?: () => number;
  /** How often the tenant view refreshes while the app is open. */
  pollMs?: number;
  /** A device check reuses audits this fresh instead of asking Graph again. */
  maxAgeMs?: number;
  /** Enough history for the live log and the 15-minute warning; older pages are not read. */
  maxRecords?: number;
}

/** Why a read failed, in values only: the cause's own English stays in the diagnostic log. */
function refreshProblem(cause: unknown): TenantActionsNotice {
  if (cause instanceof GraphError && (cause.failure === 'network' || cause.failure === 'timeout')) return { code: 'refreshNoAnswer', params: {} };
  if (cause instanceof GraphError && cause.status !== null) return { code: 'refreshStatus', params: { status: String(cause.status) } };
  return { code: 'refreshFailed', params: {} };
}

/**
 * What everyone in the tenant did: Graph's remoteActionAudits, merged with
 * our own actions. Read on demand and on a slow poll once the view is in use
 * (each poll is a handful of GETs, well inside the client's rate limiter).
 * When the tenant refuses the endpoint, the view says so and nothing else
 * breaks.
 */
export function createTenantActionsService(options: TenantActionsOptions) {
  const now = options.now ?? Date.now;
  const maxRecords = options.maxRecords ?? 1000;
  let records: AuditRecord[] = [];
  let state: { available: boolean; notice: TenantActionsNotice | null; refreshedAt: number | null } = { available: true, notice: null, refreshedAt: null };
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  // Stops a read under way at close(), so one tenant's audits never arrive after a switch to another.
  const stop = new AbortController();

  async function fetchAudits(): Promise<void> {
    const read: AuditRecord[] = [];
    try {
      for await (const page of options.graph.listRemoteActionAudits({ signal: stop.signal })) {
        for (const item of page.items) {
          const record = readAuditRecord(item);
          if (record && isPasscodeReset(record)) read.push(record);
        }
        if (read.length >= maxRecords) break;
      }
      records = read;
      state = { available: true, notice: null, refreshedAt: now() };
    } catch (cause) {
      if (stop.signal.aborted) return;
      const status = cause instanceof GraphError ? cause.status : null;
      if (status === 403 || status === 400 || status === 404) state = { available: false, notice: { code: 'auditsRefused', params: {} }, refreshedAt: now() };
      else {
        options.logger.warn('Reading remoteActionAudits failed', cause);
        state = { ...state, notice: refreshProblem(cause) };
      }
    }
  }

  function refresh(): Promise<void> {
    inFlight ??= fetchAudits().finally(() => (inFlight = null));
    return inFlight;
  }

  async function snapshot(): Promise<TenantActions> {
    const rows = mergeWithOurActions(records, await options.ourActions());
    return { available: state.available, notice: state.notice, rows, refreshedAt: state.refreshedAt ? new Date(state.refreshedAt).toISOString() : null };
  }

  /**
   * The device's own latest reset, from its deviceActionResults: fresher than
   * the audits, and readable by an account the audits refuse. Only a help: a
   * failed read is logged and the check goes on without it, never blocking.
   */
  async function latestResetOn(deviceId: string): Promise<ActionResult | null> {
    try {
      const { results } = await options.graph.getDeviceActionResults(deviceId, { signal: stop.signal });
      return latestReset(results);
    } catch (cause) {
      if (!stop.signal.aborted) options.logger.warn("Reading the device's action results for the recent-action check failed", cause);
      return null;
    }
  }

  function startPolling(): void {
    if (timer || !options.pollMs || stop.signal.aborted) return;
    timer = setInterval(() => {
      void refresh()
        .then(snapshot)
        .then((view) => {
          if (!stop.signal.aborted) options.events.emit('tenantActionsUpdated', view);
        })
        .catch((cause: unknown) => options.logger.warn('Refreshing tenant actions failed', cause));
    }, options.pollMs);
    timer.unref();
  }

  return {
    async list(force: boolean): Promise<Result<TenantActions>> {
      startPolling();
      if (force || state.refreshedAt === null) await refresh();
      return ok(await snapshot());
    },
    async recentFor(deviceId: string): Promise<Result<DeviceRecentActions>> {
      const [, latest] = await Promise.all([
        state.refreshedAt === null || now() - state.refreshedAt > (options.maxAgeMs ?? 30_000) ? refresh() : null,
        latestResetOn(deviceId),
      ]);
      const view = await snapshot();
      const rows = withDeviceResult(
        view.rows.filter((row) => row.deviceId === deviceId),
        deviceId,
        latest,
      );
      return ok({ ...view, rows, warn: needsSecondConfirmation(rows, now()), unknownOutcome: unknownOutcomeOf(rows, now()) });
    },
    close(): void {
      stop.abort();
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

export type TenantActionsService = ReturnType<typeof createTenantActionsService>;
