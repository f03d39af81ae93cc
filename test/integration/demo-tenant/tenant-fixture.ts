import { expect } from 'vitest';
import {
  createManualClock,
  DEMO_TECHNICIANS,
  startDemoTenant,
  type DemoTenant,
  type DemoTenantOptions,
  type ManualClock,
} from '../../../main/demo-tenant';

/**
 * A running tenant on a manual clock, a technician token with both scopes,
 * and small fetch helpers: the tests talk to the tenant over real HTTP, as
 * the app's Graph client does.
 */
export interface Fixture {
  readonly tenant: DemoTenant;
  readonly clock: ManualClock;
  readonly token: string;
  get(path: string, headers?: Record<string, string>): Promise<Answer>;
  post(path: string, headers?: Record<string, string>): Promise<Answer>;
  /** Follows every nextLink from `path` and returns all items. */
  getAll(path: string): Promise<Record<string, unknown>[]>;
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed JSON body, or undefined when there is none or it does not parse. */
  readonly body: any;
}

export async function startFixture(options: DemoTenantOptions = {}): Promise<Fixture> {
  const clock = createManualClock();
  const tenant = await startDemoTenant({ deviceCount: 300, otherUsersActions: 0, actionTiming: { toActiveMs: 0, toDoneMs: 0 }, clock, ...options });
  const technician = DEMO_TECHNICIANS[0]!;
  const token = tenant.control.issueToken({ ...technician });
  const call = (method: string) => (path: string, headers: Record<string, string> = {}) =>
    request(method, path.startsWith('http') ? path : tenant.url + path, { authorization: `Bearer ${token}`, ...headers });
  const get = call('GET');
  return {
    tenant,
    clock,
    token,
    get,
    post: call('POST'),
    async getAll(path) {
      const items: Record<string, unknown>[] = [];
      let next: string | undefined = path;
      while (next) {
        const answer = await get(next);
        expect(answer.status, answer.text.slice(0, 300)).toBe(200);
        items.push(...answer.body.value);
        next = answer.body['@odata.nextLink'];
      }
      return items;
    },
  };
}

export async function request(method: string, url: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

/** Graph's error shape, with the request ids that support asks for in both the body and the headers. */
export function expectGraphError(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  const error = answer.body?.error;
  expect(error?.code).toBe(code);
  expect(typeof error?.message).toBe('string');
  const requestId = answer.headers.get('request-id');
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(error.innerError['request-id']).toBe(requestId);
  expect(error.innerError['client-request-id']).toBe(answer.headers.get('client-request-id'));
  expect(error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
}

/** Intune's form: a JSON document inside `error.message`. */
export function intuneMessage(answer: Answer): { _version: number; Message: string; RetryAfter: unknown } {
  return JSON.parse(answer.body.error.message);
}

export const LIST = '/beta/deviceManagement/managedDevices';
export const device = (id: string, version = 'beta') => `/${version}/deviceManagement/managedDevices/${id}`;
export const resetOf = (id: string, version = 'beta') => `${device(id, version)}/resetPasscode`;
