import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { distPlan as untypedDistPlan, targetsOf as untypedTargetsOf } from '../../../scripts/dist-plan.mjs';

type Plan = { lines: string[]; args: string[]; problems: string[] };
const distPlan = untypedDistPlan as (targets: string[], env: Record<string, string | undefined>, host: string) => Plan;
const targetsOf = untypedTargetsOf as (args: string[], host: string) => string[];

const appleApiKey = { APPLE_API_KEY: '/keys/AuthKey.p8', APPLE_API_KEY_ID: 'ABC123', APPLE_API_ISSUER: 'issuer-uuid' };
const appleId = { APPLE_ID: 'dev@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh', APPLE_TEAM_ID: 'TEAM123' };

describe('what npm run dist builds for', () => {
  it('follows the target flags, or the host platform without any', () => {
    expect(targetsOf(['--win'], 'linux')).toEqual(['win']);
    expect(targetsOf(['--mac', '--win', '--x64'], 'linux')).toEqual(['win', 'mac']);
    expect(targetsOf([], 'darwin')).toEqual(['mac']);
    expect(targetsOf(['--x64'], 'win32')).toEqual(['win']);
    expect(targetsOf([], 'linux')).toEqual(['linux']);
  });
});

describe('the signing plan', () => {
  it('signs Windows builds with CSC_LINK, preferring WIN_CSC_LINK', () => {
    expect(distPlan(['win'], { CSC_LINK: 'cert.pfx', CSC_KEY_PASSWORD: 's3cret' }, 'win32').lines[0]).toMatch(/signing .* CSC_LINK \(password from CSC_KEY_PASSWORD\)/);
    expect(distPlan(['win'], { CSC_LINK: 'mac.p12', WIN_CSC_LINK: 'win.pfx' }, 'win32').lines[0]).toContain('WIN_CSC_LINK');
  });

  it('says plainly when Windows builds will be unsigned', () => {
    const plan = distPlan(['win'], {}, 'win32');
    expect(plan.lines[0]).toMatch(/^Windows: NOT SIGNED/);
    expect(plan.problems).toEqual([]);
  });

  it('signs and notarises macOS builds when a certificate and notary credentials are set', () => {
    for (const notary of [appleApiKey, appleId, { APPLE_KEYCHAIN_PROFILE: 'passcode-desk' }]) {
      const plan = distPlan(['mac'], { CSC_LINK: 'id.p12', CSC_KEY_PASSWORD: 'x', ...notary }, 'darwin');
      expect(plan.lines[0]).toMatch(/signing with the certificate in CSC_LINK, hardened runtime on/);
      expect(plan.lines[1]).toMatch(/^macOS: notarising with/);
      expect(plan.args).toEqual([]);
      expect(plan.problems).toEqual([]);
    }
  });

  it('signs but skips notarisation, saying so, without notary credentials', () => {
    const plan = distPlan(['mac'], { CSC_NAME: 'Developer ID Application: Example (TEAM123)' }, 'darwin');
    expect(plan.lines[1]).toMatch(/^macOS: NOT NOTARISED/);
    expect(plan.args).toEqual(['-c.mac.notarize=false']);
  });

  it('ad-hoc signs unsigned macOS builds without hardened runtime, so they start on Apple silicon', () => {
    const plan = distPlan(['mac'], {}, 'darwin');
    expect(plan.lines[0]).toMatch(/^macOS: NOT SIGNED with a Developer ID/);
    expect(plan.args).toEqual(['-c.mac.identity=-', '-c.mac.hardenedRuntime=false', '-c.mac.notarize=false']);
  });

  it('stops on half-set notary credentials, naming what is missing', () => {
    const plan = distPlan(['mac'], { CSC_LINK: 'id.p12', APPLE_ID: 'dev@example.com' }, 'darwin');
    expect(plan.problems).toEqual([expect.stringContaining('missing: APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID')]);
  });

  it('refuses a macOS build on another platform', () => {
    expect(distPlan(['mac'], {}, 'linux').problems).toEqual([expect.stringContaining('only be built')]);
  });

  it('never prints a secret value, only variable names', () => {
    const env = { CSC_LINK: 'BASE64CERTDATA', CSC_KEY_PASSWORD: 'hunter2', WIN_CSC_KEY_PASSWORD: 'hunter3', ...appleId };
    const plan = distPlan(['win', 'mac', 'linux'], env, 'darwin');
    const printed = [...plan.lines, ...plan.problems, ...plan.args].join('\n');
    for (const value of Object.values(env)) expect(printed).not.toContain(value);
  });
});
