import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enforcePolicy, lockedChange, policyDefaults, weakenedControls } from '../../../../main/policy/apply-policy';
import { policyLogLine, policyState } from '../../../../main/policy/policy-values';
import { parseRegQuery, readPolicy, WINDOWS_POLICY_KEY } from '../../../../main/policy/read-policy';
import { defaultSettings } from '../../../../shared/settings/settings';
import { ticketMatchesPattern } from '../../../../shared/settings/policy';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const clientId = '1b2c3d4e-0000-4000-8000-00000000abcd';

// What `reg query` prints on Windows for a key set by Group Policy or Intune.
const regOutput = [
  '',
  `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Passcode Desk`,
  `    Tenant    REG_SZ    ${tenant}`,
  `    ClientId    REG_SZ    ${clientId}`,
  '    RequireTicketReference    REG_DWORD    0x1',
  '    TicketPattern    REG_SZ    INC[0-9]{7}',
  '    CollectorAddress    REG_SZ    siem.contoso.com:6514',
  '    CollectorRequired    REG_DWORD    0x1',
  '    Locked    REG_MULTI_SZ    tenant\\0clientId\\0requireTicketReference',
  '',
].join('\r\n');

describe('reading the organisation policy', () => {
  it('reads the Windows registry key and the ProgramData file, the registry winning', async () => {
    const programData = tempDir();
    mkdirSync(path.join(programData, 'Passcode Desk'));
    writeFileSync(path.join(programData, 'Passcode Desk', 'policy.json'), JSON.stringify({ TicketPattern: 'CHG[0-9]+', CollectorCaFile: 'C:\\ca.pem' }));
    const calls: string[][] = [];
    const policy = await readPolicy({
      platform: 'win32',
      programData,
      run: async (command, args) => (calls.push([command, ...args]), { code: 0, stdout: regOutput }),
    });
    expect(calls).toEqual([['reg', 'query', WINDOWS_POLICY_KEY]]);
    expect(policy).toMatchObject({ tenant, clientId, requireTicketReference: true, ticketPattern: 'INC[0-9]{7}', problems: [] });
    expect(policy.collector).toMatchObject({ address: 'siem.contoso.com:6514', required: true });
    expect([...policy.locked].sort()).toEqual(['clientId', 'forwarding', 'requireTicketReference', 'tenant']);
  });

  it('treats a missing registry key and file as no policy', async () => {
    const policy = await readPolicy({ platform: 'win32', programData: tempDir(), run: async () => ({ code: 1, stdout: '' }) });
    expect(policyState(policy)).toEqual({ source: null, problems: [], fallback: 'none', locked: [], ticketPattern: null, collector: null });
  });

  it('reads macOS managed preferences through plutil, ignoring the profile payload keys', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'com.passcodedesk.app.plist'), 'bplist00...');
    const policy = await readPolicy({
      platform: 'darwin',
      macPreferencesFolder: folder,
      run: async (command, args) => {
        expect([command, ...args.slice(0, 4)]).toEqual(['plutil', '-convert', 'json', '-o', '-']);
        return { code: 0, stdout: JSON.stringify({ PayloadUUID: 'x', RequireTicketReference: false, Locked: ['requireTicketReference'] }) };
      },
    });
    expect(policy).toMatchObject({ requireTicketReference: false, problems: [] });
    expect([...policy.locked]).toEqual(['requireTicketReference']);
  });

  it('a malformed file gives a notice and the strict default: ticket required and locked', async () => {
    const file = path.join(tempDir(), 'policy.json');
    writeFileSync(file, '{ "RequireTicketReference": false, ');
    const state = policyState(await readPolicy({ platform: 'linux', file }));
    expect(state).toMatchObject({ source: file, problems: [{ code: 'notJson', params: {} }], fallback: 'unreadable' });
    expect(policyLogLine(state)).toBe(`Your organisation's policy (${file}) has problems: the file is not valid JSON.`);
    expect(state.locked).toEqual(['requireTicketReference']);
    const policy = await readPolicy({ platform: 'linux', file });
    expect(enforcePolicy({ ...defaultSettings, requireTicketReference: false }, policy).requireTicketReference).toBe(true);
  });

  it('drops values it cannot use, says which, and keeps the ticket required when the pattern is broken', async () => {
    const file = path.join(tempDir(), 'policy.json');
    writeFileSync(file, JSON.stringify({ Tenant: 'not a tenant', TicketPattern: '([', CollectorAddress: 'no-port', Colour: 'blue', Locked: 'tenant, nonsense' }));
    const policy = await readPolicy({ platform: 'linux', file });
    expect(policyState(policy)).toMatchObject({ fallback: 'ignored' });
    // Codes with the values the sentence names, so the window says them in its own language.
    expect(policyState(policy).problems).toEqual([
      { code: 'unknownSetting', params: { name: 'Colour' } },
      { code: 'badTenant', params: { value: 'not a tenant' } },
      { code: 'badTicketPattern', params: {} },
      { code: 'badCollectorAddress', params: { value: 'no-port' } },
      { code: 'lockedUnknown', params: { name: 'nonsense', lockable: 'tenant, clientId, requireTicketReference, ticketPattern, forwarding' } },
    ]);
    const logLine = policyLogLine(policyState(policy))!;
    expect(logLine).toMatch(/Tenant "not a tenant" is not a tenant ID/);
    expect(logLine).toMatch(/"Colour" is not a Passcode Desk policy setting/);
    expect(logLine).toMatch(/Locked names "nonsense", which is not a setting that can be locked/);
    expect(policy.ticketPattern).toBeUndefined();
    expect(policy.collector).toBeUndefined();
    expect(policy.requireTicketReference).toBe(true);
    expect(policy.locked.has('requireTicketReference')).toBe(true);
  });

  it('parses REG_DWORD, REG_SZ and REG_MULTI_SZ lines', () => {
    expect(parseRegQuery(regOutput)).toMatchObject({ RequireTicketReference: 1, Tenant: tenant, Locked: ['tenant', 'clientId', 'requireTicketReference'] });
  });
});

describe('applying the policy to settings', () => {
  const policy = { tenant, clientId, requireTicketReference: true, locked: new Set(['requireTicketReference', 'tenant'] as const), source: 'test', problems: [] };

  it('suggests, enforces and refuses changes to locked values', () => {
    expect(policyDefaults({ ...policy, locked: new Set() })).toEqual({ tenant, clientId, requireTicketReference: true });
    const fromFile = { ...defaultSettings, requireTicketReference: false };
    expect(enforcePolicy(fromFile, policy)).toMatchObject({ tenant, clientId, requireTicketReference: true });
    const current = enforcePolicy(defaultSettings, policy);
    expect(lockedChange(current, { ...current, requireTicketReference: false }, policy)).toBe('Set by your organisation: the ticket requirement cannot be changed here.');
    expect(lockedChange(current, { ...current, language: 'it' }, policy)).toBeNull();
  });

  it('names the changes that weaken a control', () => {
    const next = { ...defaultSettings, requireTicketReference: false, forwardingEnabled: false };
    expect(weakenedControls(defaultSettings, next)).toEqual([
      { setting: 'requireTicketReference', from: true, to: false },
      { setting: 'forwardingEnabled', from: true, to: false },
    ]);
    expect(weakenedControls(next, defaultSettings)).toEqual([]);
  });

  it('matches a ticket reference against the whole pattern', () => {
    expect(ticketMatchesPattern('INC[0-9]{7}', 'INC0012345')).toBe(true);
    expect(ticketMatchesPattern('INC[0-9]{7}', 'see INC0012345')).toBe(false);
    expect(ticketMatchesPattern('INC[0-9]{7}|CHG[0-9]+', 'CHG1')).toBe(true);
    expect(ticketMatchesPattern(null, 'anything')).toBe(true);
  });
});
