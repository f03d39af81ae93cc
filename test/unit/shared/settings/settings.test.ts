import { describe, expect, it } from 'vitest';
import { defaultSettings, modeOf, settingsSchema } from '../../../../shared/settings/settings';

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const clientId = '1b2c3d4e-0000-4000-8000-00000000abcd';
const parse = (fields: Record<string, unknown>) => settingsSchema.safeParse({ ...defaultSettings, ...fields });

describe('settings', () => {
  it('a tenant is a directory id or a verified domain, trimmed; anything else is refused with an example', () => {
    expect(parse({ tenant: ` ${tenantId} `, clientId }).data?.tenant).toBe(tenantId);
    expect(parse({ tenant: 'contoso.onmicrosoft.com', clientId }).success).toBe(true);
    const bad = parse({ tenant: 'contoso', clientId });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('contoso.onmicrosoft.com');
    expect(parse({ tenant: 'https://login.microsoftonline.com/contoso.com', clientId }).success).toBe(false);
  });

  it('the client id must be a GUID', () => {
    expect(parse({ tenant: tenantId, clientId: 'my-app' }).success).toBe(false);
  });

  it('both the tenant and the client id, or neither (the demo tenant)', () => {
    expect(parse({ tenant: tenantId, clientId: null }).error?.issues[0]?.path).toEqual(['clientId']);
    expect(parse({ tenant: null, clientId }).success).toBe(false);
    expect(parse({ tenant: null, clientId: null }).success).toBe(true);
  });

  it('refuses a field it does not know (a secret has no place here)', () => {
    expect(parse({ clientSecret: 'x' }).success).toBe(false);
  });

  it('runs on the demo tenant until both are set', () => {
    expect(modeOf(defaultSettings)).toBe('demo');
    expect(modeOf({ ...defaultSettings, tenant: tenantId, clientId })).toBe('tenant');
  });
});
