import type { GraphVersion } from '../graph/device-view';
import { badRequest, GraphError } from '../graph/graph-error';

/**
 * Which handler a method and path go to. Segment names are matched
 * case-insensitively, as Graph does; a trailing slash is tolerated.
 */
export type GraphRoute =
  | { readonly name: 'list'; readonly version: GraphVersion }
  | { readonly name: 'device'; readonly version: GraphVersion; readonly deviceId: string }
  | { readonly name: 'resetPasscode'; readonly version: GraphVersion; readonly deviceId: string }
  | { readonly name: 'syncDevice'; readonly version: GraphVersion; readonly deviceId: string }
  | { readonly name: 'audits'; readonly version: 'beta' }
  | { readonly name: 'complianceStates'; readonly version: GraphVersion; readonly deviceId: string }
  | { readonly name: 'exportJobCreate'; readonly version: GraphVersion }
  | { readonly name: 'exportJobRead'; readonly version: GraphVersion; readonly jobId: string };

export type Resolved =
  | { readonly kind: 'graph'; readonly route: GraphRoute }
  | { readonly kind: 'demoToken' }
  /** `graph`: under /v1.0 or /beta, where Graph checks the token before it looks at the path. */
  | { readonly kind: 'error'; readonly error: GraphError; readonly graph: boolean };

const methodNotAllowed = (method: string, allowed: string): GraphError =>
  new GraphError(405, 'MethodNotAllowed', `The HTTP method '${method}' is not supported by this resource.`, { headers: { allow: allowed } });

function segmentsOf(pathname: string): string[] | null {
  try {
    return pathname.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

function withMethod(method: string, allowed: 'GET' | 'POST', route: GraphRoute): Resolved {
  return method === allowed ? { kind: 'graph', route } : { kind: 'error', error: methodNotAllowed(method, allowed), graph: true };
}

export function resolveRoute(method: string, pathname: string): Resolved {
  const segments = segmentsOf(pathname);
  if (!segments) return { kind: 'error', error: badRequest('The request path is not valid.'), graph: false };
  const [first = '', ...rest] = segments;
  const lower = rest.map((s) => s.toLowerCase());

  if (first === 'demo' && lower.join('/') === 'oauth2/token') {
    return method === 'POST' ? { kind: 'demoToken' } : { kind: 'error', error: methodNotAllowed(method, 'POST'), graph: false };
  }
  if (first === '') return { kind: 'error', error: new GraphError(404, 'NotFound', 'There is nothing at the root: use /v1.0 or /beta.'), graph: false };
  if (first !== 'v1.0' && first !== 'beta') return { kind: 'error', error: badRequest(`Invalid version: ${first}`), graph: false };
  const version: GraphVersion = first;

  const unknownSegment = (index: number): Resolved => ({
    kind: 'error',
    error: badRequest(`Resource not found for the segment '${rest[index] ?? ''}'.`),
    graph: true,
  });
  if (lower[0] !== 'devicemanagement') return unknownSegment(0);
  if (lower[1] === 'remoteactionaudits' && version === 'beta') {
    return rest.length === 2 ? withMethod(method, 'GET', { name: 'audits', version }) : unknownSegment(2);
  }
  if (lower[1] === 'reports') return reportsRoute(method, version, rest, lower, unknownSegment);
  if (lower[1] !== 'manageddevices') return unknownSegment(1);
  const deviceId = rest[2];
  if (deviceId === undefined) return withMethod(method, 'GET', { name: 'list', version });
  if (rest.length === 3) return withMethod(method, 'GET', { name: 'device', version, deviceId });
  if (rest.length === 4 && (lower[3] === 'resetpasscode' || lower[3] === 'microsoft.graph.resetpasscode')) {
    return withMethod(method, 'POST', { name: 'resetPasscode', version, deviceId });
  }
  if (rest.length === 4 && (lower[3] === 'syncdevice' || lower[3] === 'microsoft.graph.syncdevice')) {
    return withMethod(method, 'POST', { name: 'syncDevice', version, deviceId });
  }
  if (rest.length === 4 && lower[3] === 'devicecompliancepolicystates') {
    return withMethod(method, 'GET', { name: 'complianceStates', version, deviceId });
  }
  return unknownSegment(3);
}

/** `reports/exportJobs` (POST) and one job, addressed as `exportJobs('{id}')` or `exportJobs/{id}`. */
function reportsRoute(method: string, version: GraphVersion, rest: string[], lower: string[], unknownSegment: (index: number) => Resolved): Resolved {
  if (rest.length === 3 && lower[2] === 'exportjobs') return withMethod(method, 'POST', { name: 'exportJobCreate', version });
  const keyed = /^exportjobs\('([^']+)'\)$/i.exec(rest[2] ?? '');
  if (rest.length === 3 && keyed) return withMethod(method, 'GET', { name: 'exportJobRead', version, jobId: keyed[1]! });
  if (rest.length === 4 && lower[2] === 'exportjobs') return withMethod(method, 'GET', { name: 'exportJobRead', version, jobId: rest[3]! });
  return unknownSegment(2);
}
