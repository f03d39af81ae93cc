import { describe, expect, it } from 'vitest';
import { createActionService, type ActionServiceDeps } from '../../../../main/actions/action-service';
import { createEventHub } from '../../../../main/base/events';
import { silentLogger } from '../../../../main/base/logger';
import { createPasscodeVault } from '../../../../main/actions/passcode-vault';
import type { GraphClient } from '../../../../main/graph/graph-client';
import { err, ok, type Result } from '../../../../shared/result';
import type { ActionEntry, ActionEntryInput } from '../../../../shared/log/log-entry';
import { createFakeClock } from '../../../support/fake-clock';

/** The order of the request flow, with the log and Graph as fakes the test holds the strings of. */
const ios = { id: 'dev-1', deviceName: 'PHONE-1', operatingSystem: 'iOS', osVersion: '17.5', deviceType: 'iPhone' };
const request = { deviceId: 'dev-1', ticket: '', identityVerified: true as const, acknowledgedRecentActions: false };

function setup(overrides: Partial<ActionServiceDeps> = {}, append?: (entry: ActionEntryInput) => Promise<Result<ActionEntry>>) {
  const calls: string[] = [];
  const graph = {
    async getManagedDevice() {
      calls.push('read');
      return ios;
    },
    async resetPasscode() {
      calls.push('POST');
      return { requestId: 'r1', clientRequestId: 'c1', date: null };
    },
    async getDeviceActionResults() {
      return { results: [], requestId: null };
    },
  } as unknown as GraphClient;
  const log = {
    append:
      append ??
      (async (entry: ActionEntryInput) => {
        calls.push(`log ${entry.type}`);
        return ok({ ...entry, time: new Date().toISOString() } as ActionEntry);
      }),
    readOwnEntries: async () => err('log_error', 'not in this test'),
  };
  const service = createActionService({
    graph,
    log,
    events: createEventHub(),
    technician: () => ({ upn: 'tech@contoso.example', objectId: 'oid-1' }),
    tenantId: () => 'tenant-1',
    settings: () => ({ requireTicketReference: false }),
    logger: silentLogger,
    clock: createFakeClock(),
    ...overrides,
  });
  return { service, calls };
}

describe('action service: the request flow', () => {
  it('re-reads the device, logs `requested`, and only then POSTs', async () => {
    const { service, calls } = setup();
    const result = await service.request(request);
    expect(result).toMatchObject({ ok: true, value: { state: 'accepted', ticket: null, graphRequestId: 'r1' } });
    expect(calls).toEqual(['read', 'log requested', 'POST', 'log accepted']);
    await service.close();
  });

  it('waits for the `requested` entry to be on disk before the POST', async () => {
    let synced!: () => void;
    const calls: string[] = [];
    const { service, calls: graphCalls } = setup({}, (entry) => {
      calls.push(entry.type);
      if (entry.type !== 'requested') return Promise.resolve(ok({ ...entry, time: new Date().toISOString() } as ActionEntry));
      return new Promise((resolve) => (synced = () => resolve(ok({ ...entry, time: new Date().toISOString() } as ActionEntry))));
    });
    const pending = service.request(request);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual(['requested']);
    expect(graphCalls).toEqual(['read']); // no POST while the entry is not synced
    synced();
    await pending;
    expect(graphCalls).toEqual(['read', 'POST']);
    await service.close();
  });

  it('sends nothing when the `requested` entry cannot be written', async () => {
    const { service, calls } = setup({}, async () => err('log_error', 'disk full'));
    const result = await service.request(request);
    expect(result).toMatchObject({ ok: false, error: { code: 'log_error', message: expect.stringContaining('The action was not sent') } });
    expect(calls).toEqual(['read']);
  });

  it('refuses without a signed-in technician, and without a ticket when one is required', async () => {
    expect(await setup({ technician: () => null }).service.request(request)).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    const strict = setup({ settings: () => ({ requireTicketReference: true }) });
    expect(await strict.service.request(request)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(strict.calls).toEqual([]);
  });

  it('refuses a ticket reference that cannot be one (too short, no letter or digit), before anything is read or sent', async () => {
    for (const ticket of ['x', '--', '   ?  ']) {
      const loose = setup();
      expect(await loose.service.request({ ...request, ticket })).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringMatching(/ticket reference/) } });
      expect(loose.calls).toEqual([]);
    }
    expect(await setup().service.request({ ...request, ticket: 'INC-1' })).toMatchObject({ ok: true });
  });

  it('reveals a passcode only to a signed-in technician, and keeps it until one is', () => {
    const vault = createPasscodeVault({ clock: createFakeClock() });
    vault.put('a1', '48151623');
    expect(setup({ vault, technician: () => null }).service.revealPasscode('a1')).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(vault.has('a1')).toBe(true);
    expect(setup({ vault }).service.revealPasscode('a1')).toEqual({ ok: true, value: { passcode: '48151623' } });
  });

  it('reveals nothing for an action without a generated passcode', () => {
    expect(setup().service.revealPasscode('nope')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
