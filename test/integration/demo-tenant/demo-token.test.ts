import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TECHNICIANS, DEMO_TENANT_ID, SCOPE_PRIVILEGED, SCOPE_READ } from '../../../main/demo-tenant';
import { LIST, request, resetOf, startFixture, type Fixture } from './tenant-fixture';

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(async () => {
  expect(f.tenant.control.internalErrors()).toEqual([]);
  await f.tenant.close();
});

const signIn = (body: string, contentType = 'application/json') =>
  request('POST', `${f.tenant.url}/demo/oauth2/token`, { 'content-type': contentType }, body);

describe('POST /demo/oauth2/token', () => {
  it('signs a demo technician in with both scopes', async () => {
    const technician = DEMO_TECHNICIANS[0]!;
    const answer = await signIn(JSON.stringify({ upn: technician.upn.toUpperCase() }));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      account: { name: technician.name, upn: technician.upn, oid: technician.oid, tenantId: DEMO_TENANT_ID },
    });
    expect(answer.body.scope.split(' ').sort()).toEqual([SCOPE_PRIVILEGED, SCOPE_READ].sort());
    const list = await request('GET', f.tenant.url + LIST, { authorization: `Bearer ${answer.body.access_token}` });
    expect(list.status).toBe(200);
  });

  it('gives the read-only technician a token that cannot reset', async () => {
    const reader = DEMO_TECHNICIANS.find((t) => !t.scopes.includes(SCOPE_PRIVILEGED))!;
    const token = (await signIn(JSON.stringify({ upn: reader.upn }))).body.access_token;
    const id = f.tenant.control.deviceId('DEMO-IOS-17');
    expect((await request('POST', f.tenant.url + resetOf(id), { authorization: `Bearer ${token}` })).status).toBe(403);
  });

  it('refuses unknown people and malformed requests in OAuth\'s error shape', async () => {
    const unknown = await signIn(JSON.stringify({ upn: 'mallory@contoso.com' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toBe('invalid_grant');
    for (const body of ['not json', '{}', '{"upn":42}', '[]']) {
      const answer = await signIn(body);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toBe('invalid_request');
    }
    expect((await signIn(JSON.stringify({ upn: DEMO_TECHNICIANS[0]!.upn }), 'text/plain')).status).toBe(400);
    expect((await signIn(JSON.stringify({ upn: 'x'.repeat(10_000) }))).status).toBe(413);
  });
});
