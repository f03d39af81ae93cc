import { describe, expect, it } from 'vitest';
import { createPasscodeVault } from '../../../../main/actions/passcode-vault';
import { err, ok } from '../../../../shared/result';
import type { ActionEntry } from '../../../../shared/log/log-entry';
import { createFakeClock } from '../../../support/fake-clock';
import { buildActionService, iosRequest as request } from './support/action-service-fixture';

// The order of the request flow, with the log and Graph as fakes the test holds the strings of.

describe('action service: the request flow', () => {
  it('re-reads the device, logs `requested`, and only then POSTs', async () => {
    const { service, calls } = buildActionService();
    const result = await service.request(request);
    expect(result).toMatchObject({ ok: true, value: { state: 'accepted', ticket: null, graphRequestId: 'r1' } });
    expect(calls).toEqual(['read', 'log requested', 'POST', 'log accepted']);
    await service.close();
  });

  it('waits for the `requested` entry to be on disk before the POST', async () => {
    let synced!: () => void;
    const calls: string[] = [];
    const { service, calls: graphCalls } = buildActionService({ append: (entry) => {
      calls.push(entry.type);
      if (entry.type !== 'requested') return Promise.resolve(ok({ ...entry, time: new Date().toISOString() } as ActionEntry));
      return new Promise((resolve) => (synced = () => resolve(ok({ ...entry, time: new Date().toISOString() } as ActionEntry))));
    } });
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
    const { service, calls } = buildActionService({ append: async () => err('log_error', 'disk full') });
    const result = await service.request(request);
    expect(result).toMatchObject({ ok: false, error: { code: 'log_error', message: expect.stringContaining('The action was not sent') } });
    expect(calls).toEqual(['read']);
  });

  it('refuses without a signed-in technician, and without a ticket when one is required', async () => {
    expect(await buildActionService({ overrides: { technician: () => null } }).service.request(request)).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    const strict = buildActionService({ overrides: { settings: () => ({ requireTicketReference: true }) } });
    expect(await strict.service.request(request)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(strict.calls).toEqual([]);
  });

  it('refuses a ticket reference that cannot be one (too short, no letter or digit), before anything is read or sent', async () => {
    for (const ticket of ['x', '--', '   ?  ']) {
      const loose = buildActionService();
      expect(await loose.service.request({ ...request, ticket })).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringMatching(/ticket reference/) } });
      expect(loose.calls).toEqual([]);
    }
    expect(await buildActionService().service.request({ ...request, ticket: 'INC-1' })).toMatchObject({ ok: true });
  });

  it('reveals a passcode only to a signed-in technician, and keeps it until one is', () => {
    const vault = createPasscodeVault({ clock: createFakeClock() });
    vault.put('a1', '48151623');
    expect(buildActionService({ overrides: { vault, technician: () => null } }).service.revealPasscode('a1')).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(vault.has('a1')).toBe(true);
    expect(buildActionService({ overrides: { vault } }).service.revealPasscode('a1')).toEqual({ ok: true, value: { passcode: '48151623' } });
  });

  it('reveals nothing for an action without a generated passcode', () => {
    expect(buildActionService().service.revealPasscode('nope')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
