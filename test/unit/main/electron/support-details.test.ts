import { describe, expect, it } from 'vitest';
import { supportDetailsText, supportFactsFrom } from '../../../../main/electron/support-details';

describe('Copy Support Details', () => {
  const info = { ok: true as const, value: { name: 'Passcode Desk', version: '0.1.0', mode: 'tenant', host: 'electron', locale: 'en-US', logFolder: '/x', signingKeyFingerprint: null, secretsInMemoryOnly: false, settingsReset: null, demoDevices: null } };
  const session = {
    ok: true as const,
    value: { status: 'signedIn', mode: 'tenant', tokenStorage: 'encrypted', problem: null, account: { name: 'Alex', upn: 'alex@contoso.com', objectId: 'o1', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' } },
  };

  it('names the version, OS, tenant id, diagnostic log and the last Graph request ids', () => {
    const text = supportDetailsText({
      appName: 'Passcode Desk',
      ...supportFactsFrom(info, session),
      os: 'Windows_NT 10.0.26100 (win32 x64)',
      diagnosticLog: 'C:\\Users\\alex\\AppData\\Roaming\\Passcode Desk\\logs\\passcode-desk.log',
      graphRequestIds: ['0f1e2d3c-0000-4000-8000-000000000002', '0f1e2d3c-0000-4000-8000-000000000001'],
      versions: { electron: '45.4.1', chrome: '142.0' },
    });
    expect(text).toContain('Passcode Desk 0.1.0');
    expect(text).toContain('OS: Windows_NT 10.0.26100 (win32 x64)');
    expect(text).toContain('Tenant ID: 72f988bf-86f1-41af-91ab-2d7cd011db47');
    expect(text).toContain('passcode-desk.log');
    expect(text).toContain('Last Graph request IDs: 0f1e2d3c-0000-4000-8000-000000000002, 0f1e2d3c-0000-4000-8000-000000000001');
    expect(text).not.toContain('alex@contoso.com');
  });

  it('still says something useful when the core cannot answer or no one is signed in', () => {
    const facts = supportFactsFrom(undefined, { ok: false, error: { code: 'internal', message: 'x' } });
    expect(facts).toEqual({ version: 'not available', mode: 'not available', tenantId: 'not signed in' });
  });
});
