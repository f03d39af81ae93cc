import { describe, expect, it } from 'vitest';
import { isTerminalState } from '../../../shared/actions/action-summary';
import { DEMO_TECHNICIANS } from '../../../main/demo-tenant';
import { passcodeRequest, useHarness, type Harness } from '../../support/action-harness';
import { technicianOf } from '../../support/demo-token-provider';
import type { EventPayload } from '../../../shared/ipc/contract';

/** The passcode action against the demo tenant: guards, POST faults, deleted devices, progress, resume, the passcode. */
const start = useHarness();
const request = passcodeRequest;
const ending = (h: Harness, actionId: string) => h.waitFor('actionUpdated', (s) => s.actionId === actionId && isTerminalState(s.state));

async function entriesOf(h: Harness, actionId: string): Promise<string[]> {
  const own = await h.log.readOwnEntries();
  if (!own.ok) throw new Error(own.error.message);
  const row = own.value.rows.all().find((r) => r.actionId === actionId);
  return row ? [`${row.entryCount} entries`, row.lastState, row.lastType] : [];
}

describe('guards before the POST', () => {
  it('turns two confirmations in quick succession into one POST', async () => {
    const h = await start();
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    const [first, second] = await Promise.all([h.actions.request(request(id)), h.actions.request(request(id))]);
    const results = [first, second];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'already_in_progress' } });
    const accepted = results.find((r) => r.ok);
    await ending(h, accepted?.ok ? accepted.value.actionId : '');
    expect(h.tenant.control.counters.resetPasscodePosts(id)).toBe(1);

    // Once the first has ended, a new action on the device is allowed again.
    const third = await h.actions.request(request(id));
    expect(third.ok).toBe(true);
    expect(h.tenant.control.counters.resetPasscodePosts(id)).toBe(2);
  });

  it('requires a ticket reference when the setting says so', async () => {
    const h = await start();
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    expect(await h.actions.request(request(id, '  '))).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(h.tenant.control.counters.requests('device')).toBe(0);
  });

  it('says clearly when the device was deleted between the list and the action', async () => {
    const h = await start();
    h.devices.load();
    await h.waitFor('devicesProgress', (p) => p.done);
    const id = h.tenant.control.deviceId('DEMO-IOS-17');
    h.tenant.control.deleteDevice(id);
    const result = await h.actions.request(request(id));
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: 'This device no longer exists in Intune. Refresh the list; if it was re-enrolled it has a new entry.' } });
    expect(h.tenant.control.counters.resetPasscodePosts(id)).toBe(0);
    const own = await h.log.readOwnEntries();
    expect(own.ok && own.value.rows.all()).toEqual([]);
  });
});

describe('the POST and its answer', () => {
  it('after a 429 sends once more, after Retry-After, for one action', async () => {
    const h = await start();
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    h.tenant.control.faults.next({ route: 'resetPasscode', kind: '429', retryAfter: 1 });
    const result = await h.actions.request(request(id));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.state).toBe('accepted');
    expect(h.tenant.control.counters.resetPasscodePosts(id)).toBe(2);
    expect(h.logLines.some((line) => /resetPasscode failed \(429.*attempt 2 of \d+ in 1000 ms/.test(line))).toBe(true);
    await ending(h, result.value.actionId);
    // requested, accepted, done: one action, one acceptance.
    expect(await entriesOf(h, result.value.actionId)).toEqual(['3 entries', 'done', 'state']);
  });

  it('after a 503 records the outcome as unknown, sends nothing more, and lets tracking resolve it', async () => {
    const h = await start();
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    h.tenant.control.faults.next({ route: 'resetPasscode', kind: '503', afterProcessing: true });
    const result = await h.actions.request(request(id));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ state: 'unknown', error: { code: 'network_error' } });
    expect(result.value.error?.message).toContain('do not send the action again');
    const done = await ending(h, result.value.actionId);
    expect(done).toMatchObject({ state: 'done', error: null });
    expect(h.tenant.control.counters.resetPasscodePosts(id)).toBe(1);
    expect(await entriesOf(h, result.value.actionId)).toEqual(['3 entries', 'done', 'state']);
  });

  it('after a dropped connection that never reached Intune, stays unknown and blocks a blind re-send', async () => {
    // Resolves once tracking has polled the device twice and found nothing of ours.
    let polls = 0;
    let polledTwice!: () => void;
    const twice = new Promise<void>((resolve) => (polledTwice = resolve));
    const counting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).includes('deviceActionResults') && ++polls === 2) polledTwice();
      return response;
    };
    const h = await start({ graph: { fetch: counting } });
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    h.tenant.control.faults.next({ route: 'resetPasscode', kind: 'drop' });
    const result = await h.actions.request(request(id));
    expect(result.ok && result.value.state).toBe('unknown');
    await twice;
    expect(await h.actions.request(request(id))).toMatchObject({ ok: false, error: { code: 'already_in_progress' } });
    expect(h.tenant.control.counters.resetPasscodePosts(id)).toBe(1);
  });

  it('explains a 403 with the role the technician needs, and logs the failure with its request id', async () => {
    const h = await start({ technician: DEMO_TECHNICIANS.find((t) => t.upn.startsWith('sam.')) });
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    const result = await h.actions.request(request(id));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'graph_error',
        message: 'Intune refused the request (403): your account needs an Intune role with Remote tasks > Reset passcode (the built-in Help Desk Operator role has it), and the app registration needs DeviceManagementManagedDevices.PrivilegedOperations.All with admin consent. Ask your Intune administrator.',
        detail: { status: 403, requestId: expect.any(String), actionId: expect.any(String) },
      },
    });
    const own = await h.log.readOwnEntries();
    const row = own.ok ? own.value.rows.at(0) : undefined;
    expect(row).toMatchObject({ lastState: 'failed', graphRequestId: result.ok ? '' : result.error.detail?.requestId });
    expect(row?.error?.message).toContain('(403)');
  });
});

describe('following the action', () => {
  it('logs and pushes each state Intune reports, as the device moves', async () => {
    const h = await start({ tenant: { actionTiming: { toActiveMs: 60_000, toDoneMs: 120_000 } } });
    const id = h.tenant.control.deviceId('DEMO-IOS-17');
    const result = await h.actions.request(request(id));
    if (!result.ok) throw new Error(result.error.message);
    const actionId = result.value.actionId;
    await h.waitFor('actionUpdated', (s) => s.actionId === actionId && s.state === 'pending');
    h.tenantClock.advance(60_000);
    await h.waitFor('actionUpdated', (s) => s.actionId === actionId && s.state === 'active');
    h.tenantClock.advance(60_000);
    await ending(h, actionId);
    const states = h.recorded.filter((e) => e.event === 'actionUpdated' && (e.payload as { actionId: string }).actionId === actionId).map((e) => (e.payload as { state: string }).state);
    expect(states).toEqual(['requested', 'accepted', 'pending', 'active', 'done']);
    expect(await entriesOf(h, actionId)).toEqual(['5 entries', 'done', 'state']);
  });

  it('reports a device deleted while its action was followed', async () => {
    const h = await start({ tenant: { actionTiming: { toActiveMs: 600_000, toDoneMs: 600_000 } } });
    const id = h.tenant.control.deviceId('DEMO-IOS-17');
    const result = await h.actions.request(request(id));
    if (!result.ok) throw new Error(result.error.message);
    await h.waitFor('actionUpdated', (s) => s.actionId === result.value.actionId && s.state === 'pending');
    h.tenant.control.deleteDevice(id);
    const end = await ending(h, result.value.actionId);
    expect(end).toMatchObject({ state: 'failed', error: { code: 'not_found', message: 'This device no longer exists in Intune. Refresh the list; if it was re-enrolled it has a new entry.' } });
  });

  it('resumes an unfinished action from the log after a restart', async () => {
    const h = await start({ tenant: { actionTiming: { toActiveMs: 600_000, toDoneMs: 600_000 } } });
    const id = h.tenant.control.deviceId('DEMO-AE-FULLY-MANAGED-14');
    const result = await h.actions.request(request(id));
    if (!result.ok) throw new Error(result.error.message);
    const actionId = result.value.actionId;
    await h.waitFor('actionUpdated', (s) => s.actionId === actionId && s.state === 'pending');

    await h.restart();
    expect(await h.actions.resumeFromLog()).toEqual({ ok: true, value: { resumed: 1 } });
    expect(await h.actions.resumeFromLog()).toEqual({ ok: true, value: { resumed: 0 } }); // already followed
    h.tenantClock.advance(600_000);
    const done = await h.waitFor('actionUpdated', (s) => s.actionId === actionId && s.state === 'done');
    expect(done).toMatchObject({ origin: 'log', passcodeAvailable: true });
    expect(h.tenant.control.counters.resetPasscodePosts(id)).toBe(1);
    // requested, accepted, pending, resumed, done
    expect(await entriesOf(h, actionId)).toEqual(['5 entries', 'done', 'state']);
    const listed = await h.actions.list();
    expect(listed.ok && listed.value.find((s) => s.actionId === actionId)).toMatchObject({ state: 'done', origin: 'log' });
  });
});

describe('a generated passcode', () => {
  it('is revealed once, then forgotten', async () => {
    const h = await start();
    const id = h.tenant.control.deviceId('DEMO-AE-DEDICATED-13');
    const result = await h.actions.request(request(id));
    if (!result.ok) throw new Error(result.error.message);
    const done = await ending(h, result.value.actionId);
    expect(done).toMatchObject({ state: 'done', passcodeAvailable: true });

    const revealed = h.actions.revealPasscode(result.value.actionId);
    expect(revealed).toMatchObject({ ok: true, value: { passcode: expect.stringMatching(/^[A-Za-z0-9]{8}$/) } });
    expect(h.actions.revealPasscode(result.value.actionId)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await h.waitFor('actionUpdated', (s) => s.actionId === result.value.actionId && s.state === 'done' && !s.passcodeAvailable);
    const listed = await h.actions.list();
    expect(listed.ok && listed.value[0]).toMatchObject({ actionId: result.value.actionId, passcodeAvailable: false });
  });
});

describe('many actions at once', () => {
  it('twenty concurrent actions on twenty devices raise no listener-leak warning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => void warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      const h = await start();
      h.devices.load();
      await h.waitFor('devicesProgress', (p) => p.done);
      const ids = h.recorded
        .flatMap((r) => (r.event === 'devicesProgress' ? (r.payload as EventPayload<'devicesProgress'>).devices : []))
        // A Shared iPad looks eligible in a list (which cannot say it is shared); its own read refuses it.
        .filter((d) => d.decision.eligible && d.name !== 'DEMO-SHARED-IPAD')
        .slice(0, 20)
        .map((d) => d.id);
      expect(ids).toHaveLength(20);
      const results = await Promise.all(ids.map((id) => h.actions.request(request(id))));
      expect(results.filter((r) => r.ok)).toHaveLength(20);
      await Promise.all(results.map((r) => (r.ok ? ending(h, r.value.actionId) : null)));
      // Node reports the leak warning on a later tick: let it arrive before looking.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => /MaxListeners|memory leak/i.test(w))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('an action whose outcome cannot be learned', () => {
  // Intune never shows a reset that a dropped connection kept from it: the app must not wait for ever.
  const neverArrived = (h: Harness) => h.tenant.control.faults.next({ route: 'resetPasscode', kind: 'drop' });
  const boundedUnknown = { trackerTiming: { unknownGiveUpAfterMs: 300 } };

  it('ends unresolved after the time allowed: logged, device freed, saying what to check', async () => {
    const h = await start(boundedUnknown);
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    neverArrived(h);
    const sent = await h.actions.request(request(id));
    if (!sent.ok) throw new Error(sent.error.message);
    expect(sent.value.state).toBe('unknown');
    const end = await ending(h, sent.value.actionId);
    expect(end).toMatchObject({ state: 'unresolved', error: { code: 'outcome_unknown' } });
    expect(end.error?.message).toMatch(/Device actions/);
    expect(end.error?.message).toMatch(/Check the device/);
    expect(await entriesOf(h, sent.value.actionId)).toEqual(['3 entries', 'unresolved', 'unresolved']);

    // Freed, but not blindly: the next action asks for the second confirmation first.
    expect(await h.actions.request(request(id))).toMatchObject({ ok: false, error: { code: 'confirmation_required', detail: { unknownOutcome: true } } });
    const again = await h.actions.request({ ...request(id), acknowledgedUnknownOutcome: true });
    expect(again).toMatchObject({ ok: true, value: { state: 'accepted' } });
    expect(h.tenant.control.counters.resetPasscodePosts(id)).toBe(2);
  });

  it('a restart never resumes it or locks its device again', async () => {
    const h = await start(boundedUnknown);
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    neverArrived(h);
    const sent = await h.actions.request(request(id));
    if (!sent.ok) throw new Error(sent.error.message);
    await ending(h, sent.value.actionId);
    await h.restart();
    expect(await h.actions.resumeFromLog()).toEqual({ ok: true, value: { resumed: 0 } });
    const after = await h.actions.request({ ...request(id), acknowledgedUnknownOutcome: true });
    expect(after).toMatchObject({ ok: true });
  });

  it('a crash between the requested entry and the POST ends unresolved after the restart, not locked for ever', async () => {
    const h = await start(boundedUnknown);
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    // What a crash right after the fsync leaves: a requested entry, and nothing sent.
    const actionId = '0b9c7c1e-6f0a-4c57-9d8e-2a4f6f0c1d11';
    const { upn, objectId } = technicianOf(h.tokens.technician);
    const technician = { upn, objectId };
    const written = await h.log.append({
      type: 'requested', actionId, technician, tenantId: h.tenant.control.tenantId,
      device: { id, name: 'DEMO-IOS-18' }, ticket: 'INC-CRASH', identityVerified: true,
      decision: { eligible: true, mode: 'ios', reasonCode: 'x', source: 'test' },
    });
    expect(written).toMatchObject({ ok: true });
    await h.restart();
    expect(await h.actions.resumeFromLog()).toEqual({ ok: true, value: { resumed: 1 } });
    const end = await ending(h, actionId);
    expect(end).toMatchObject({ state: 'unresolved', error: { code: 'outcome_unknown' } });
    expect(h.tenant.control.counters.resetPasscodePosts(id)).toBe(0);
  });

  it('a technician can close it by hand with a note, which is logged, and the device is free', async () => {
    const h = await start({ trackerTiming: { unknownGiveUpAfterMs: 3_600_000 } });
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    neverArrived(h);
    const sent = await h.actions.request(request(id));
    if (!sent.ok) throw new Error(sent.error.message);
    expect(await h.actions.request(request(id))).toMatchObject({ ok: false, error: { code: 'already_in_progress' } });
    expect(await h.actions.closeByHand({ actionId: 'nope', note: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const closed = await h.actions.closeByHand({ actionId: sent.value.actionId, note: 'User says the passcode is unchanged; portal lists no reset' });
    expect(closed).toMatchObject({ ok: true, value: { state: 'closed', error: { code: 'outcome_unknown' } } });
    const own = await h.log.readOwnEntries();
    const row = own.ok ? own.value.rows.all().find((r) => r.actionId === sent.value.actionId) : undefined;
    expect(row).toMatchObject({ lastState: 'closed', lastType: 'closed' });
    expect(await h.actions.closeByHand({ actionId: sent.value.actionId, note: 'again' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });

    await h.restart();
    expect(await h.actions.resumeFromLog()).toEqual({ ok: true, value: { resumed: 0 } });
    expect(await h.actions.request(request(id))).toMatchObject({ ok: false, error: { code: 'confirmation_required' } });
    expect(await h.actions.request({ ...request(id), acknowledgedUnknownOutcome: true })).toMatchObject({ ok: true });
  });

  it('only an action of unknown outcome can be closed by hand', async () => {
    const h = await start({ tenant: { actionTiming: { toActiveMs: 600_000, toDoneMs: 600_000 } } });
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    const sent = await h.actions.request(request(id));
    if (!sent.ok) throw new Error(sent.error.message);
    expect(await h.actions.closeByHand({ actionId: sent.value.actionId, note: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
