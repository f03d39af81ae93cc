import { randomUUID } from 'node:crypto';
import type { TokenProvider } from '../auth/token-provider';
import type { Logger } from '../base/logger';
import { managedDeviceSelectFields, singleDeviceSelectFields } from '../../shared/devices/graph-device';
import { systemClock, type Clock } from '../base/clock';
import type { GraphResponse } from './graph-attempt';
import { GraphError } from './graph-error';
import { createGraphTransport } from './graph-transport';
import { createRateLimiter, intuneAppLimits, type RateLimits } from './rate-limiter';
import { defaultRetryOptions, type RetryOptions } from './retry-policy';

/**
 * The typed Graph calls Passcode Desk makes, one method each below. The base URL is
 * https://graph.microsoft.com or the demo tenant's loopback address: the same
 * code runs against both. Items come back as parsed JSON (`unknown`): the
 * shared normalisers decide what they mean, never a cast.
 */
export interface GraphClientOptions {
  baseUrl: string;
  tokens: TokenProvider;
  logger: Logger;
  fetch?: typeof fetch;
  clock?: Clock;
  random?: () => number;
  /** Per attempt, for the answer and its body. */
  timeoutMs?: number;
  /** The largest answer read (default 64 MB): anything larger fails as malformed. */
  maxBodyBytes?: number;
  retry?: Partial<RetryOptions>;
  limits?: RateLimits;
}

export interface GraphPage {
  items: unknown[];
  /** Items read so far, this page included. */
  loaded: number;
  /** No next page: the list is complete with this one. */
  last: boolean;
  /**
   * How many items the whole list holds, when Graph said so (`@odata.count`, which Intune's
   * managedDevices list sends unasked, undocumented): the last count any page carried, or null.
   * A hint for progress only: devices enrol and retire while a list is read.
   */
  total: number | null;
  requestId: string | null;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface ResetAccepted {
  requestId: string | null;
  clientRequestId: string;
  date: string | null;
}

export interface DeviceActionResults {
  results: unknown[];
  requestId: string | null;
}

export interface GraphClient {
  /** Every managed device (beta), a page at a time, following `@odata.nextLink` to the end. */
  listManagedDevices(options?: CallOptions): AsyncIterable<GraphPage>;
  /** One device with the fields the table and the passcode rules read (beta), hardwareInformation included. */
  getManagedDevice(deviceId: string, options?: CallOptions): Promise<unknown>;
  /** The device's `deviceActionResults`, from the single-device read (a list may leave them empty). */
  getDeviceActionResults(deviceId: string, options?: CallOptions): Promise<DeviceActionResults>;
  /** POST resetPasscode; the client-request-id is the action id, so support can find the call. */
  resetPasscode(deviceId: string, options: CallOptions & { clientRequestId: string }): Promise<ResetAccepted>;
  /** POST syncDevice (asks the device to check in now); answered like resetPasscode. */
  syncDevice(deviceId: string, options: CallOptions & { clientRequestId: string }): Promise<ResetAccepted>;
  /**
   * Tenant-wide resetPasscode audits (beta), newest first as the service
   * allows, at most `maxPages` pages per call (one poll reads a bounded
   * window). The filter is undocumented: a 400 on it is retried without it,
   * so callers must filter on their side too.
   */
  listRemoteActionAudits(options?: CallOptions & { maxPages?: number }): AsyncIterable<GraphPage>;
  /** POST beta reports/exportJobs: starts an asynchronous report export; answers the job as created. */
  createExportJob(request: ExportJobRequest, options?: CallOptions): Promise<unknown>;
  /** GET beta reports/exportJobs('{id}'): the job's status, and its download `url` once completed. */
  getExportJob(jobId: string, options?: CallOptions): Promise<unknown>;
  /** GET beta managedDevices/{id}/deviceCompliancePolicyStates, with each policy's settingStates. */
  getCompliancePolicyStates(deviceId: string, options?: CallOptions): Promise<unknown[]>;
}

export interface ExportJobRequest {
  reportName: string;
  select: string[];
  filter?: string;
}

const defaultTimeoutMs = 30_000;
const defaultAuditPages = 5;
const maxEmptyPagesInARow = 20;

function query(params: Record<string, string>): string {
  // OData wants `$` names verbatim and spaces as %20, which URLSearchParams would write as '+';
  // commas stay readable, as in Graph's own examples (URL itself encodes quotes as %27).
  return Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** `@odata.count` when it is one (a whole number, not negative); anything else is no count at all. */
function countOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function malformed(message: string, response?: GraphResponse): GraphError {
  return new GraphError({ failure: 'malformed', message, requestId: response?.requestId, clientRequestId: response?.clientRequestId, date: response?.date });
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const clock = options.clock ?? systemClock;
  const base = new URL(options.baseUrl.replace(/\/+$/, '') + '/');
  const transport = createGraphTransport({
    tokens: options.tokens,
    fetch: options.fetch ?? globalThis.fetch,
    clock,
    random: options.random ?? Math.random,
    logger: options.logger,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
    maxBodyBytes: options.maxBodyBytes,
    retry: { ...defaultRetryOptions, ...options.retry },
    limiter: createRateLimiter(options.limits ?? intuneAppLimits, clock),
  });

  const url = (version: 'v1.0' | 'beta', path: string, params?: Record<string, string>) =>
    new URL(`${version}/${path}${params ? `?${query(params)}` : ''}`, base).toString();
  const sameOrigin = (link: string) => {
    try {
      return new URL(link).origin === base.origin;
    } catch {
      return false;
    }
  };
  const devicePath = (deviceId: string) => `deviceManagement/managedDevices/${encodeURIComponent(deviceId)}`;

  function get(target: string, signal?: AbortSignal) {
    return transport.send({ method: 'GET', url: target, scopes: 'read', write: false, clientRequestId: randomUUID(), signal });
  }

  /**
   * Follows nextLink until it is absent. Empty pages are normal, even one
   * whose link points back to where it was; a link to another host, or back
   * to a page that had items (which would repeat them), stops the list with
   * an error, as does an endless run of empty pages.
   *
   * `readAhead` asks for the next page as soon as its link has passed those
   * checks, while the caller still works on this one: Graph's time to answer
   * and ours to read a page then overlap instead of adding up (issue 19, the
   * device list). Its failure is thrown where it would have been without it,
   * when the caller asks for that page; a caller that stops early cancels it.
   */
  async function* pages(first: string, signal?: AbortSignal, readAhead = false): AsyncGenerator<GraphPage> {
    const seen = new Set<string>();
    let next: string | null = first;
    let loaded = 0;
    let emptyRun = 0;
    let total: number | null = null;
    const stopped = new AbortController();
    const aheadSignal = signal ? AbortSignal.any([signal, stopped.signal]) : stopped.signal;
    let ahead: Promise<GraphResponse> | null = null;
    try {
      while (next !== null) {
        seen.add(next);
        const response = await (ahead ?? get(next, signal));
        ahead = null;
        const page = readPage(response);
        next = page.next;
        if (readAhead && next !== null) {
          ahead = get(next, aheadSignal);
          // Awaited on the caller's next turn; until then a failure must not count as unhandled.
          ahead.catch(() => undefined);
        }
        yield { items: page.items, loaded: (loaded += page.items.length), last: next === null, total, requestId: response.requestId };
      }
    } finally {
      stopped.abort();
    }

    /** One page's items and the checked link to the next, or the error that stops the list. */
    function readPage(response: GraphResponse): { items: unknown[]; next: string | null } {
      const body = record(response.body);
      const items = body?.value;
      if (!Array.isArray(items)) throw malformed('Microsoft Graph sent a page without a list of items', response);
      emptyRun = items.length === 0 ? emptyRun + 1 : 0;
      total = countOf(body?.['@odata.count']) ?? total;
      const link = body?.['@odata.nextLink'];
      // Absent, null or empty: the last page. Anything else that is not text is no answer of Graph's,
      // and taking it as "no more pages" would pass a cut list off as the whole one.
      if (link !== undefined && link !== null && typeof link !== 'string') throw malformed('Microsoft Graph sent a next-page link that is not an address', response);
      const following = typeof link === 'string' && link !== '' ? link : null;
      if (following !== null) {
        // The token goes wherever the link points: only ever to the host we were given.
        if (!sameOrigin(following)) throw malformed('Microsoft Graph sent a next-page link to another address; the list was stopped', response);
        if ((seen.has(following) && emptyRun === 0) || emptyRun > maxEmptyPagesInARow) {
          throw malformed('Microsoft Graph kept sending the same pages; the list was stopped', response);
        }
      }
      return { items, next: following };
    }
  }

  return {
    listManagedDevices: (opts) =>
      pages(url('beta', 'deviceManagement/managedDevices', { $select: managedDeviceSelectFields.join(',') }), opts?.signal, true),

    async getManagedDevice(deviceId, opts) {
      const response = await get(url('beta', devicePath(deviceId), { $select: singleDeviceSelectFields.join(',') }), opts?.signal);
      if (record(response.body) === null) throw malformed('Microsoft Graph sent a device that could not be read', response);
      return response.body;
    },

    async getDeviceActionResults(deviceId, opts) {
      const response = await get(url('beta', devicePath(deviceId), { $select: 'id,deviceActionResults' }), opts?.signal);
      const body = record(response.body);
      if (body === null) throw malformed('Microsoft Graph sent a device that could not be read', response);
      const results = body.deviceActionResults;
      return { results: Array.isArray(results) ? results : [], requestId: response.requestId };
    },

    resetPasscode: (deviceId, opts) => postDeviceAction(deviceId, 'resetPasscode', opts),
    syncDevice: (deviceId, opts) => postDeviceAction(deviceId, 'syncDevice', opts),

    async createExportJob(request, opts) {
      const response = await transport.send({
        method: 'POST',
        url: url('beta', 'deviceManagement/reports/exportJobs'),
        scopes: 'read',
        // Creating a job has no effect but the job: a retry after a lost answer only makes another.
        write: false,
        body: request,
        clientRequestId: randomUUID(),
        signal: opts?.signal,
      });
      if (record(response.body) === null) throw malformed('Microsoft Graph sent an export job that could not be read', response);
      return response.body;
    },

    async getExportJob(jobId, opts) {
      const key = `'${jobId.replace(/'/g, "''")}'`;
      const response = await get(url('beta', `deviceManagement/reports/exportJobs(${encodeURIComponent(key)})`), opts?.signal);
      if (record(response.body) === null) throw malformed('Microsoft Graph sent an export job that could not be read', response);
      return response.body;
    },

    async getCompliancePolicyStates(deviceId, opts) {
      const response = await get(url('beta', `${devicePath(deviceId)}/deviceCompliancePolicyStates`), opts?.signal);
      const items = record(response.body)?.value;
      if (!Array.isArray(items)) throw malformed('Microsoft Graph sent compliance states that could not be read', response);
      return items;
    },

    async *listRemoteActionAudits(opts) {
      const maxPages = opts?.maxPages ?? defaultAuditPages;
      const filtered = url('beta', 'deviceManagement/remoteActionAudits', { $filter: "action eq 'resetPasscode'", $orderby: 'requestDateTime desc' });
      let read = 0;
      try {
        for await (const page of pages(filtered, opts?.signal)) {
          yield page;
          if (++read >= maxPages) return;
        }
      } catch (error) {
        // A 400 on the first page is the filter refused, not a missing permission: ask again without it.
        if (read > 0 || !(error instanceof GraphError) || error.status !== 400) throw error;
        options.logger.warn(`remoteActionAudits refused the filter (400, request-id ${error.requestId ?? 'none'}); reading without it`);
        for await (const page of pages(url('beta', 'deviceManagement/remoteActionAudits'), opts?.signal)) {
          yield page;
          if (++read >= maxPages) return;
        }
      }
    },
  };

  /** A remote action is a bodiless POST that Graph answers 204 ("queued"): a write, never re-sent blindly. */
  async function postDeviceAction(deviceId: string, action: string, opts: CallOptions & { clientRequestId: string }): Promise<ResetAccepted> {
    const response = await transport.send({
      method: 'POST',
      url: url('v1.0', `${devicePath(deviceId)}/${action}`),
      scopes: 'privileged',
      write: true,
      clientRequestId: opts.clientRequestId,
      signal: opts.signal,
    });
    return { requestId: response.requestId, clientRequestId: response.clientRequestId ?? opts.clientRequestId, date: response.date };
  }
}
