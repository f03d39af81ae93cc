import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Exchange } from './graph/exchange';
import { badRequest, GraphError } from './graph/graph-error';
import { getDevice } from './routes/get-device';
import { issueDemoToken } from './routes/demo-token';
import { listAudits } from './routes/list-audits';
import { emptyDevicePage, listDevices } from './routes/list-devices';
import { resetPasscode } from './routes/reset-passcode';
import { syncDevice } from './routes/sync-device';
import { listComplianceStates } from './routes/compliance-states';
import { createExportJob, readExportJob, serveReportBlob } from './reports/export-jobs';
import { serveOAuth } from './routes/oauth-routes';
import { resolveRoute, type GraphRoute, type Resolved } from './routes/resolve-route';
import { READ_SCOPES, requireScope, type Reply } from './routes/route-support';
import type { TenantState } from './tenant-state';
import type { Fault } from './traffic/faults';
import { tooManyRequests } from './traffic/throttle';
import { tokenExpired, type Principal } from './traffic/token-store';

/**
 * One request's way through the tenant: route, token, scripted fault,
 * throttle, handler. Every failure becomes a Graph-shaped answer; nothing a
 * client sends can take the server down.
 */
const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost)(:\d+)?$/i;

function dispatch(state: TenantState, exchange: Exchange, route: GraphRoute, principal: Principal): Reply | Promise<Reply> {
  switch (route.name) {
    case 'list':
      requireScope(principal, READ_SCOPES);
      return listDevices(state, exchange, route.version);
    case 'device':
      requireScope(principal, READ_SCOPES);
      return getDevice(state, exchange, route.version, route.deviceId);
    case 'resetPasscode':
      return resetPasscode(state, principal, route.deviceId);
    case 'syncDevice':
      return syncDevice(state, principal, route.deviceId);
    case 'audits':
      requireScope(principal, READ_SCOPES);
      return listAudits(state, exchange);
    case 'complianceStates':
      requireScope(principal, READ_SCOPES);
      return listComplianceStates(state, route.deviceId);
    case 'exportJobCreate':
      requireScope(principal, READ_SCOPES);
      return createExportJob(state, exchange);
    case 'exportJobRead':
      requireScope(principal, READ_SCOPES);
      return readExportJob(state, route.jobId);
  }
}

function send(exchange: Exchange, reply: Reply): void {
  if (reply.status === 204) exchange.sendNoContent();
  else exchange.sendJson(reply.status, reply.body);
}

/** A 200 whose JSON stops halfway, as a proxy that cut the stream would leave it. */
function sendMalformed(exchange: Exchange, reply: Reply | null): void {
  const whole = reply?.status === 200 ? JSON.stringify(reply.body) : '{"@odata.context":"https://graph.microsoft.com/"}';
  exchange.send(200, whole.slice(0, Math.max(2, Math.floor(whole.length / 2))), 'application/json');
}

/** A gateway's error page cut short: what a client gets when a proxy failed before (or after) Graph ran the request. */
function sendGarbledGatewayError(exchange: Exchange): void {
  exchange.send(502, '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gat', 'text/html');
}

/** Holds the request unanswered until the client gives up (its timeout) or the tenant closes. */
async function hangUntilClientLeaves(state: TenantState, exchange: Exchange, signal: AbortSignal): Promise<void> {
  state.faults.holding++;
  try {
    await new Promise<void>((resolve) => {
      if (signal.aborted || exchange.res.destroyed) return resolve();
      // Both listeners go when either fires: many held requests must not pile listeners on the tenant's signal.
      const done = () => {
        exchange.res.off('close', done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      exchange.res.once('close', done);
      signal.addEventListener('abort', done, { once: true });
    });
  } finally {
    state.faults.holding--;
  }
}

/** Answers with the fault instead of the handler's reply; false for `delay`, which only postpones it. */
async function applyFault(state: TenantState, signal: AbortSignal, exchange: Exchange, route: GraphRoute, fault: Fault, principal: Principal, reply: Reply | null): Promise<boolean> {
  const retry = fault.retryAfter ?? undefined;
  switch (fault.kind) {
    case 'delay':
      await sleep(fault.delayMs, undefined, { signal });
      return false;
    case '401':
      throw tokenExpired();
    case '429':
      throw tooManyRequests(retry);
    case '500':
      throw new GraphError(500, 'InternalServerError', 'An internal server error occurred.', { intune: true });
    case '502':
      throw new GraphError(502, 'BadGateway', 'The gateway received an invalid response from the service.');
    case 'hang':
      await hangUntilClientLeaves(state, exchange, signal);
      exchange.drop();
      return true;
    case '503':
      throw new GraphError(503, 'ServiceUnavailable', 'The service is temporarily unavailable. Try again later.', { intune: true, ...(retry !== undefined && { retryAfter: retry }) });
    case '504':
      throw new GraphError(504, 'GatewayTimeout', 'The gateway did not receive a timely response from the service.');
    case 'drop':
      exchange.drop();
      return true;
    case 'malformed':
      // Graph never answers a reset it did not run with a success: before processing, the garbled
      // answer is a gateway's (a 502 the client cannot read); after it, a success cut short.
      if (route.name === 'resetPasscode' && reply === null) sendGarbledGatewayError(exchange);
      // Reads have no side effect, so their truncated body can be the real one.
      else sendMalformed(exchange, reply ?? (await dispatch(state, exchange, route, principal)));
      return true;
    case 'emptyPageWithNextLink':
      if (route.name !== 'list') return false;
      send(exchange, emptyDevicePage(state, exchange, route.version));
      return true;
  }
}

async function serveGraph(state: TenantState, signal: AbortSignal, exchange: Exchange, route: GraphRoute, principal: Principal): Promise<void> {
  const fault = state.faults.take(route.name);
  if (fault && !fault.afterProcessing && (await applyFault(state, signal, exchange, route, fault, principal, null))) return;
  state.throttle.admit(route.name === 'resetPasscode' || route.name === 'syncDevice', state.clock.now());
  const reply = await dispatch(state, exchange, route, principal);
  if (fault?.afterProcessing) await applyFault(state, signal, exchange, route, fault, principal, reply);
  else send(exchange, reply);
}

function count(state: TenantState, resolved: Resolved): void {
  if (resolved.kind === 'graph') {
    const route = resolved.route;
    state.counters.count(route.name, route.name === 'resetPasscode' ? route.deviceId : undefined);
  } else {
    state.counters.count(resolved.kind === 'demoToken' ? 'demoToken' : 'unmatched');
  }
}

async function serve(state: TenantState, signal: AbortSignal, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const exchange = new Exchange(req, res, () => state.clock.now());
  try {
    // Only names of this machine: a DNS-rebinding page cannot reach the tenant under its own host name.
    if (!LOOPBACK_HOST.test(req.headers.host ?? '')) throw badRequest('The Host header must name the loopback address.');
    // The identity platform's endpoints (tenant-mode sign-in against the demo tenant) sit beside Graph's.
    if (await serveOAuth(state, exchange)) return;
    // The report download link's storage host, which takes no Graph token.
    if (serveReportBlob(state, exchange)) return;
    const resolved = resolveRoute(req.method ?? 'GET', exchange.url.pathname);
    count(state, resolved);
    if (resolved.kind === 'demoToken') return await issueDemoToken(state, exchange);
    if (resolved.kind === 'error' && !resolved.graph) throw resolved.error;
    const principal = state.tokens.authenticate(req.headers.authorization);
    if (resolved.kind === 'error') throw resolved.error;
    await serveGraph(state, signal, exchange, resolved.route, principal);
  } catch (error) {
    // Closing, or the client left mid-request (an aborted body read): no one to answer.
    if (signal.aborted || !exchange.open) return;
    if (!(error instanceof GraphError)) state.internalErrors.push(error);
    exchange.sendError(error instanceof GraphError ? error : new GraphError(500, 'InternalServerError', 'The demo tenant failed unexpectedly.'));
  }
}

/** `signal` aborts on close, cutting short any delayed answer. */
export function requestHandler(state: TenantState, signal: AbortSignal): RequestListener {
  return (req, res) => {
    serve(state, signal, req, res).catch((error: unknown) => {
      // Only a bug gets here (serve answers its own errors); an unhandled rejection would end the process.
      state.internalErrors.push(error);
      res.destroy();
    });
  };
}
