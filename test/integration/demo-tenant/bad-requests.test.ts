import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { device, expectGraphError, intuneMessage, LIST, request, resetOf, startFixture, type Fixture } from './tenant-fixture';

let f: Fixture;
beforeAll(async () => {
  f = await startFixture({ deviceCount: 100 });
});
afterAll(async () => {
  // Whatever came before, the tenant still serves and never hit an internal error.
  expect((await f.get(`${LIST}?$top=1`)).status).toBe(200);
  expect(f.tenant.control.internalErrors()).toEqual([]);
  await f.tenant.close();
});

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

describe('device ids', () => {
  it('answers a malformed id with 400 and an unknown one with 404, in Intune form', async () => {
    for (const id of ['not-a-guid', '1234', encodeURIComponent("' or 1=1 --"), 'Z0000000-0000-4000-8000-000000000000']) {
      const answer = await f.get(device(id));
      expectGraphError(answer, 400, 'BadRequest');
      expect(intuneMessage(answer)._version).toBe(3);
      expectGraphError(await f.post(resetOf(id)), 400, 'BadRequest');
    }
    expectGraphError(await f.get(device(MISSING_ID)), 404, 'ResourceNotFound');
    expectGraphError(await f.post(resetOf(MISSING_ID)), 404, 'ResourceNotFound');
  });

  it('treats ids case-insensitively, as GUIDs are', async () => {
    const id = f.tenant.control.deviceId('DEMO-IOS-17');
    expect((await f.get(device(id.toUpperCase()))).body.id).toBe(id);
  });
});

describe('query options', () => {
  it.each(['0', '-1', 'abc', '1.5', '', '10abc'])('rejects $top=%s', async (top) => {
    expectGraphError(await f.get(`${LIST}?$top=${top}`), 400, 'BadRequest');
  });

  it('rejects the same option given twice', async () => {
    expectGraphError(await f.get(`${LIST}?$top=1&$top=2`), 400, 'BadRequest');
  });

  it.each([
    "deviceName eq 'unterminated",
    'deviceName eq',
    "(deviceName eq 'a'",
    "deviceName eq 'a')",
    "deviceName equals 'a'",
    "deviceName eq 'a' and",
    "contains(deviceName 'a')",
    "deviceName eq 'a' ; drop",
    '',
    "frobnicate(deviceName,'a')",
    'deviceName eq 5',
    "lastSyncDateTime gt '2024-01-01'",
    'lastSyncDateTime gt 2024-13-45T99:00:00Z',
    `${'('.repeat(500)}deviceName eq 'a'${')'.repeat(500)}`,
  ])('rejects broken $filter %#', async (filter) => {
    expectGraphError(await f.get(`${LIST}?$filter=${encodeURIComponent(filter)}`), 400, 'BadRequest');
  });
});

describe('routes and methods', () => {
  it('answers unknown paths with Graph-shaped 400 or 404', async () => {
    expectGraphError(await f.get('/beta/deviceManagement/managedDevicez'), 400, 'BadRequest');
    expectGraphError(await f.get('/beta/me'), 400, 'BadRequest');
    expectGraphError(await f.get(`${device(MISSING_ID)}/wipe`), 400, 'BadRequest');
    expectGraphError(await f.get('/v1.0/deviceManagement/remoteActionAudits'), 400, 'BadRequest');
    expectGraphError(await f.get('/v2.0/deviceManagement/managedDevices'), 400, 'BadRequest');
    expectGraphError(await f.get('/beta/deviceManagement/%E0%A4%A'), 400, 'BadRequest');
    expectGraphError(await f.get('/'), 404, 'NotFound');
  });

  it('answers wrong methods with 405 and Allow', async () => {
    const id = f.tenant.control.deviceId('DEMO-IOS-17');
    const getReset = await f.get(resetOf(id));
    expectGraphError(getReset, 405, 'MethodNotAllowed');
    expect(getReset.headers.get('allow')).toBe('POST');
    expectGraphError(await f.post(LIST), 405, 'MethodNotAllowed');
    expectGraphError(await request('DELETE', f.tenant.url + device(id), { authorization: `Bearer ${f.token}` }), 405, 'MethodNotAllowed');
    expectGraphError(await request('GET', `${f.tenant.url}/demo/oauth2/token`), 405, 'MethodNotAllowed');
  });

  it('echoes client-request-id, and replaces one that is not header-safe', async () => {
    const answer = await f.get(device(MISSING_ID), { 'client-request-id': 'action-42' });
    expect(answer.headers.get('client-request-id')).toBe('action-42');
    expect(answer.body.error.innerError['client-request-id']).toBe('action-42');
    const long = await f.get(LIST, { 'client-request-id': 'x'.repeat(500) });
    expect(long.headers.get('client-request-id')).toBe(long.headers.get('request-id'));
  });

  it('refuses a Host that is not loopback (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(f.tenant.url + LIST);
      const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, headers: { host: 'evil.example', authorization: `Bearer ${f.token}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(400);
  });

  it.each([
    ['not HTTP at all', '\x00\x01 garbage\r\n\r\n'],
    ['an absolute target with a broken host', 'GET http://[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'],
    ['a protocol-relative target', 'GET //evil.example/beta HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'],
  ])('answers a request that is %s with a 4xx, or closes it', async (_what, raw) => {
    const url = new URL(f.tenant.url);
    const reply = await new Promise<string>((resolve) => {
      let text = '';
      const socket = connect(Number(url.port), url.hostname, () => socket.write(raw));
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });
    expect(reply === '' || /^HTTP\/1\.1 4\d\d /.test(reply)).toBe(true);
  });
});
