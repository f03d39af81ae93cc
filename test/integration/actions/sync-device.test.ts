import { describe, expect, it } from 'vitest';
import { isTerminalState } from '../../../shared/actions/action-summary';
import { passcodeRequest, useHarness, type Harness } from '../../support/action-harness';

/** Sync device through the same seam as the passcode action: logged, sent, followed to its end, resumed as a sync. */
const start = useHarness();

const ending = (h: Harness, actionId: string) => h.waitFor('actionUpdated', (s) => s.actionId === actionId && isTerminalState(s.state));

describe('sync device', () => {
  it('is sent while a reset on the same device is still under way, followed to done, and logged as syncDevice', async () => {
    const h = await start();
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    const reset = await h.actions.request(passcodeRequest(id, 'INC-9'));
    expect(reset).toMatchObject({ ok: true, value: { action: 'resetPasscode' } });

    // No identity check for a check-in request; the reset's guard does not hold a sync back.
    const sync = await h.actions.request({ action: 'syncDevice', deviceId: id, ticket: 'INC-9', identityVerified: false, acknowledgedRecentActions: false });
    expect(sync).toMatchObject({ ok: true, value: { action: 'syncDevice', state: 'accepted' } });
    const syncId = sync.ok ? sync.value.actionId : '';
    expect(await h.actions.request({ action: 'syncDevice', deviceId: id, ticket: '', identityVerified: false, acknowledgedRecentActions: false })).toMatchObject({
      ok: false,
      error: { code: 'already_in_progress' },
    });

    expect(await ending(h, syncId)).toMatchObject({ action: 'syncDevice', state: 'done' });
    expect(h.tenant.control.counters.requests('syncDevice')).toBe(1);
    expect(h.tenant.control.counters.resetPasscodePosts(id)).toBe(1);

    const own = await h.log.readOwnEntries();
    if (!own.ok) throw new Error(own.error.message);
    expect(own.value.rows.all().find((row) => row.actionId === syncId)).toMatchObject({ action: 'syncDevice', lastState: 'done', identityVerified: false });
    const listed = await h.actions.list();
    expect(listed.ok && listed.value.find((a) => a.actionId === syncId)).toMatchObject({ action: 'syncDevice', state: 'done' });
  });

  it('still needs the identity check for a passcode reset', async () => {
    const h = await start();
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    expect(await h.actions.request({ deviceId: id, ticket: 'INC-9', identityVerified: false, acknowledgedRecentActions: false })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });
});
