import { createHmac, randomBytes } from 'node:crypto';
import { badRequest } from './graph-error';

/**
 * The OData system query options the demo tenant reads. Others (`$orderby`,
 * `$skip`, `$count`, `$search`) are accepted and ignored, as the Intune
 * list endpoints do: clients must sort and search on their side.
 */
export interface ODataQuery {
  readonly top?: string;
  readonly select?: string;
  readonly filter?: string;
  readonly skiptoken?: string;
}

const READ = ['$top', '$select', '$filter', '$skiptoken'] as const;

export function readQuery(url: URL): ODataQuery {
  const found: Record<string, string> = {};
  for (const [rawName, value] of url.searchParams) {
    const name = rawName.toLowerCase();
    if (!(READ as readonly string[]).includes(name)) continue;
    if (name in found) throw badRequest(`Query option '${name}' was specified more than once, but it must be specified at most once.`);
    found[name] = value;
  }
  return { top: found.$top, select: found.$select, filter: found.$filter, skiptoken: found.$skiptoken };
}

/** Page size: `$top` if given (a positive integer), capped at the endpoint's page limit. */
export function pageSize(top: string | undefined, limit: number, fallback = limit): number {
  if (top === undefined) return fallback;
  if (!/^\s*\d+\s*$/.test(top) || Number(top) < 1) {
    throw badRequest(`Invalid value '${top}' for $top query option found. The $top query option requires a positive integer value.`);
  }
  return Math.min(Number(top), limit);
}

/**
 * `$select`: property names, case-insensitive as Graph treats them, returned
 * in their canonical spelling. A name the type does not have is a 400.
 */
export function parseSelect(select: string | undefined, known: ReadonlyMap<string, string>, typeName: string): string[] | null {
  if (select === undefined) return null;
  const names = select.split(',').map((name) => name.trim());
  if (names.some((name) => name === '')) throw badRequest(`Syntax error in $select: '${select}'.`);
  return [...new Set(names.map((name) => {
    const canonical = known.get(name.toLowerCase());
    if (!canonical) throw badRequest(`Could not find a property named '${name}' on type '${typeName}'.`);
    return canonical;
  }))];
}

export function pick<T extends object>(item: T, names: readonly string[] | null): Partial<T> {
  if (!names) return item;
  const out: Record<string, unknown> = {};
  for (const name of names) out[name] = (item as Record<string, unknown>)[name];
  return out as Partial<T>;
}

/**
 * `$skiptoken`: opaque to clients, a signed position to us. Signed so that a
 * hand-edited or truncated token is a clean 400, not a silently wrong page.
 */
export class PageTokens {
  private readonly key = randomBytes(32);

  encode(scope: string, position: number): string {
    const payload = `${scope}:${position}`;
    return Buffer.from(`${payload}:${this.mac(payload)}`).toString('base64url');
  }

  decode(scope: string, token: string | undefined): number {
    if (token === undefined) return 0;
    const text = Buffer.from(token, 'base64url').toString('utf8');
    const match = /^([^:]+):(\d{1,9}):([0-9a-f]{16})$/.exec(text);
    if (!match || match[1] !== scope || match[3] !== this.mac(`${match[1]}:${match[2]}`)) {
      throw badRequest('The $skiptoken is invalid or has expired. Start paging again from the first page.');
    }
    return Number(match[2]);
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('hex').slice(0, 16);
  }
}

/** The full URL of the next page: the same query, with a new `$skiptoken`. */
export function nextLink(baseUrl: string, url: URL, token: string): string {
  const parts: string[] = [];
  for (const [name, value] of url.searchParams) {
    if (name.toLowerCase() !== '$skiptoken') parts.push(`${name}=${encodeURIComponent(value)}`);
  }
  parts.push(`$skiptoken=${token}`);
  return `${baseUrl}${url.pathname}?${parts.join('&')}`;
}

export function contextUrl(baseUrl: string, version: string, entitySet: string, select: readonly string[] | null, entity = false): string {
  const selection = select ? `(${select.join(',')})` : '';
  return `${baseUrl}/${version}/$metadata#${entitySet}${selection}${entity ? '/$entity' : ''}`;
}
