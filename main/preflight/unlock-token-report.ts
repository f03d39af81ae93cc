import type { UnlockTokenCheck } from '../../shared/devices/preflight';
import type { Clock } from '../base/clock';
import type { Logger } from '../base/logger';
import { sharedEn } from '../../shared/i18n/en';
import type { AppMessage } from '../../shared/messages/app-message';
import { word } from '../../shared/messages/coded-message';
import type { GraphClient } from '../graph/graph-client';
import { CheckProblem, problemOf, reportUnreadable } from './check-problem';
import { csvRecords } from './csv-table';
import { downloadReport } from './report-download';
import { firstFileOfZip } from './zip-reader';

/**
 * Whether Intune holds each Apple device's unlock token, from the Devices
 * report's `HasUnlockToken` column (beta reports/exportJobs; the only place
 * Graph shows it, docs/intune-facts.md).
 *
 * One export job per device list, not per device: a job takes the same
 * several polls whatever its size, so one job for every Apple device answers
 * each later look-up at once, and the reports service is asked once instead
 * of once per click. The answer is kept with the list (`reset` when the list
 * is loaded again) and says how old it is. A failed job is remembered for a
 * minute, then tried again.
 */
export interface UnlockTokenReport {
  lookup(deviceId: string, signal?: AbortSignal): Promise<UnlockTokenCheck>;
  reset(): void;
}

export interface UnlockTokenReportDeps {
  graph: GraphClient;
  clock: Clock;
  logger: Logger;
  fetch?: typeof fetch;
  /** Between reads of the job (Microsoft's sample waits 5 s). */
  pollMs?: number;
  /** The longest the whole job may take before the check says it could not run. */
  deadlineMs?: number;
  maxReportBytes?: number;
}

type Report = { ok: true; tokens: Map<string, string>; reportedAt: string } | { ok: false; problem: AppMessage; at: number };

/** iPhone 8, iPad 9, iPod 10, and 14 as in Microsoft's sample export of unlock tokens. */
const appleDeviceTypes = ['8', '9', '10', '14'];
const retryFailedAfterMs = 60_000;

function tokenState(value: string | undefined): UnlockTokenCheck['state'] | null {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'true' || v === 'yes' || v === '1') return 'present';
  if (v === 'false' || v === 'no' || v === '0') return 'missing';
  return null;
}

export function createUnlockTokenReport(deps: UnlockTokenReportDeps): UnlockTokenReport {
  const pollMs = deps.pollMs ?? 5_000;
  const deadlineMs = deps.deadlineMs ?? 3 * 60_000;
  const maxBytes = deps.maxReportBytes ?? 64 * 1024 * 1024;
  let current: { report: Promise<Report>; controller: AbortController } | null = null;

  async function runJob(signal: AbortSignal): Promise<Report> {
    const started = deps.clock.now();
    try {
      const created = (await deps.graph.createExportJob(
        {
          reportName: 'Devices',
          select: ['DeviceId', 'DeviceName', 'HasUnlockToken'],
          filter: appleDeviceTypes.map((t) => `(DeviceType eq '${t}')`).join(' or '),
        },
        { signal },
      )) as Record<string, unknown>;
      const id = created.id;
      if (typeof id !== 'string' || id === '') throw new CheckProblem({ code: 'preflightReportNoId', params: {} });
      for (;;) {
        if (deps.clock.now() - started >= deadlineMs) throw new CheckProblem({ code: 'preflightReportNotReady', params: { minutes: String(Math.round(deadlineMs / 60_000)) } });
        await deps.clock.sleep(pollMs, signal);
        const job = (await deps.graph.getExportJob(id, { signal })) as Record<string, unknown>;
        const status = String(job.status ?? '').toLowerCase();
        if (status === 'failed') throw new CheckProblem({ code: 'preflightReportJobFailed', params: {} });
        if (status !== 'completed') continue;
        if (typeof job.url !== 'string') throw new CheckProblem({ code: 'preflightReportNoLink', params: {} });
        const zip = await downloadReport({ fetch: deps.fetch ?? globalThis.fetch, clock: deps.clock, timeoutMs: 60_000, maxBytes }, job.url, signal);
        const csv = firstFileOfZip(zip, maxBytes).content.toString('utf8');
        const tokens = new Map<string, string>();
        for (const row of csvRecords(csv)) if (row.deviceid) tokens.set(row.deviceid.toLowerCase(), row.hasunlocktoken ?? '');
        const requested = typeof job.requestDateTime === 'string' && !Number.isNaN(Date.parse(job.requestDateTime)) ? job.requestDateTime : new Date(started).toISOString();
        deps.logger.info(`Unlock-token report read: ${tokens.size} Apple devices`);
        return { ok: true, tokens, reportedAt: new Date(requested).toISOString() };
      }
    } catch (error) {
      const problem = problemOf(error, reportUnreadable);
      if (!signal.aborted) deps.logger.warn('The unlock-token report could not be read', word(sharedEn.appMessages, problem));
      return { ok: false, problem, at: deps.clock.now() };
    }
  }

  function report(): Promise<Report> {
    if (current) return current.report;
    const controller = new AbortController();
    const entry = { controller, report: runJob(controller.signal) };
    current = entry;
    void entry.report.then((r) => {
      // A failure is kept a minute, so a broken service is not asked again on every click.
      if (!r.ok) void deps.clock.sleep(retryFailedAfterMs, controller.signal).then(() => current === entry && (current = null), () => undefined);
    });
    return entry.report;
  }

  return {
    async lookup(deviceId, signal) {
      const pending = report();
      const answer = await (signal ? Promise.race([pending, new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }))]) : pending);
      if (!answer.ok) return { state: 'couldNotCheck', reportedAt: null, problem: answer.problem };
      const value = answer.tokens.get(deviceId.toLowerCase());
      if (value === undefined) return { state: 'couldNotCheck', reportedAt: answer.reportedAt, problem: { code: 'preflightNotInReport', params: {} } };
      const state = tokenState(value);
      return state
        ? { state, reportedAt: answer.reportedAt, problem: null }
        : { state: 'couldNotCheck', reportedAt: answer.reportedAt, problem: { code: 'preflightTokenValueOdd', params: { value: value.slice(0, 40) } } };
    },
    reset() {
      current?.controller.abort();
      current = null;
    },
  };
}
