import { randomBytes, randomUUID } from 'node:crypto';
import type { Exchange } from '../graph/exchange';
import { badRequest, GraphError, notFound } from '../graph/graph-error';
import type { ExportJob, ExportJobSettings, TenantState } from '../tenant-state';
import { checkSelect, devicesCsv, filterDevices } from './devices-report';
import { zipOneFile } from './zip-file';

/**
 * Intune's report export (`/beta/deviceManagement/reports/exportJobs`), as a
 * client meets it: POST answers 201 with a job `notStarted` and no `url`; the
 * job is read back at `exportJobs('{id}')` until `completed` (or `failed`);
 * then `url` is a short-lived storage link, on another path and without Graph's
 * token, to a ZIP holding the report's CSV. The report is a snapshot of the
 * moment the job was made. How many reads a job takes to finish is the
 * tenant's setting (`control.reports`), so tests never depend on time passing.
 */
export type { ExportJob, ExportJobSettings };
export const defaultExportJobSettings: ExportJobSettings = { readsUntilDone: 3, fail: false, linkLifetimeMs: 60 * 60_000 };
const MAX_BODY_BYTES = 16 * 1024;
const blobPrefix = '/demo-blob/reports/';

function jobBody(state: TenantState, job: ExportJob, status: string, url: string | null) {
  return {
    '@odata.context': `${state.baseUrl}/beta/$metadata#deviceManagement/reports/exportJobs/$entity`,
    id: job.id,
    reportName: job.reportName,
    filter: job.filter,
    select: job.select,
    format: 'csv',
    snapshotId: null,
    localizationType: 'localizedValuesAsAdditionalColumn',
    status,
    url,
    requestDateTime: new Date(job.requestMs).toISOString(),
    expirationDateTime: new Date(job.requestMs + state.exportJobSettings.linkLifetimeMs).toISOString(),
  };
}

function parseRequest(text: string | null): Record<string, unknown> {
  if (text === null) throw new GraphError(413, 'RequestEntityTooLarge', 'The request body is too large.');
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw badRequest('The request body must be a JSON object.', true);
}

export async function createExportJob(state: TenantState, exchange: Exchange): Promise<{ status: 201; body: object }> {
  const request = parseRequest(await exchange.readText(MAX_BODY_BYTES));
  if (typeof request.reportName !== 'string' || request.reportName.toLowerCase() !== 'devices') {
    throw badRequest(`Invalid report name: ${String(request.reportName ?? '(none)')}. The demo tenant exports the Devices report only.`, true);
  }
  const select = checkSelect(request.select);
  const devices = filterDevices(request.filter, state.fleet.all());
  const id = `Devices_${randomUUID()}`;
  const requestMs = state.clock.now();
  const zip = zipOneFile(`${id}.csv`, devicesCsv(select, devices), new Date(requestMs));
  const job: ExportJob = {
    id,
    reportName: 'Devices',
    filter: typeof request.filter === 'string' ? request.filter : null,
    select,
    requestMs,
    zip,
    signature: randomBytes(24).toString('base64url'),
    reads: 0,
  };
  state.exportJobs.set(id.toLowerCase(), job);
  return { status: 201, body: jobBody(state, job, 'notStarted', null) };
}

export function readExportJob(state: TenantState, id: string): { status: 200; body: object } {
  const job = state.exportJobs.get(id.toLowerCase());
  if (!job) throw notFound(`The export job '${id}' was not found.`);
  job.reads++;
  const { readsUntilDone, fail } = state.exportJobSettings;
  if (job.reads < readsUntilDone) return { status: 200, body: jobBody(state, job, job.reads === 1 ? 'notStarted' : 'inProgress', null) };
  if (fail) return { status: 200, body: jobBody(state, job, 'failed', null) };
  const expiry = new Date(job.requestMs + state.exportJobSettings.linkLifetimeMs).toISOString();
  const url = `${state.baseUrl}${blobPrefix}${encodeURIComponent(job.id)}.zip?sv=2023-11-03&se=${encodeURIComponent(expiry)}&sr=b&sp=r&sig=${job.signature}`;
  return { status: 200, body: jobBody(state, job, 'completed', url) };
}

function storageError(exchange: Exchange, status: number, code: string, message: string): void {
  const xml = `\ufeff<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  exchange.send(status, xml, 'application/xml');
}

/**
 * The download link's host: no Graph token (the demo refuses one, so a test
 * proves the app never sends it off Graph), a signature that must match, a
 * link that stops working when it expires.
 */
export function serveReportBlob(state: TenantState, exchange: Exchange): boolean {
  const path = exchange.url.pathname;
  if (!path.startsWith(blobPrefix)) return false;
  if (exchange.req.method !== 'GET') {
    storageError(exchange, 405, 'UnsupportedHttpVerb', 'The resource does not support the specified HTTP verb.');
    return true;
  }
  if (exchange.req.headers.authorization !== undefined) {
    storageError(exchange, 403, 'AuthenticationFailed', 'The demo storage refuses a bearer token: a signed link needs none.');
    return true;
  }
  const id = decodeURIComponent(path.slice(blobPrefix.length)).replace(/\.zip$/i, '');
  const job = state.exportJobs.get(id.toLowerCase());
  const expired = job !== undefined && state.clock.now() > job.requestMs + state.exportJobSettings.linkLifetimeMs;
  if (!job || exchange.url.searchParams.get('sig') !== job.signature || expired) {
    storageError(exchange, 403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.');
    return true;
  }
  exchange.send(200, job.zip, 'application/x-zip-compressed', { 'x-ms-blob-type': 'BlockBlob' });
  return true;
}
