import { afterEach, describe, expect, it } from 'vitest';
import { createTenantActionsService } from '../../../main/audits/tenant-actions-service';
import { actionHandlers } from '../../../main/actions/action-handlers';
import { silentLogger } from '../../../main/base/logger';
import { startHarness, type Harness } from '../../support/action-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const context = { door: 'test' as const };

// Tenant-wide passcode actions on the demo tenant over real HTTP: what others
// did shows up before anyone sends a second reset.
describe('tenant-wide passcode actions', () => {
  let harness: Harness;
  afterEach(async () => harness?.close());

  async function setUp(otherUsersActions = 12, logger = silentLogger) {
    harness = await startHarness({ folder: tempDir(), tenant: { otherUsersActions } });
    const audits = createTenantActionsService({
      graph: harness.graph,
      events: harness.events,
      logger,
      // Intune's clock: the test moves it, and the audits' ages follow.
      now: () => harness.tenantClock.now(),
      ourActions: async () => {
        const listed = await harness.actions.list();
        return listed.ok ? listed.value : [];
      },
    });
    const handlers = actionHandlers.bind({ actions: harness.actions, recent: audits });
    return { audits, handlers };
  }

  it("shows another technician's pending reset in the tenant view and warns before a second one", async () => {
    const { audits, handlers } = await setUp();
    const deviceId = harness.tenant.control.deviceId('DEMO-IOS-OTHER-PENDING');
    const view = await audits.list(true);
    if (!view.ok) throw new Error(view.error.message);
    const theirs = view.value.rows.find((row) => row.deviceId === deviceId);
    expect(theirs).toMatchObject({ actionId: null, deviceName: 'DEMO-IOS-OTHER-PENDING' });
    expect(theirs!.initiatedBy).not.toBe(harness.tokens.technician.upn);

    const recent = await audits.recentFor(deviceId);
    expect(recent).toMatchObject({ ok: true, value: { warn: true } });

    const first = await handlers.requestPasscodeAction({ action: 'resetPasscode', deviceId, ticket: 'INC-1', identityVerified: true, acknowledgedRecentActions: false }, context);
    expect(first).toMatchObject({ ok: false, error: { code: 'confirmation_required' } });
    expect(harness.tenant.control.counters.resetPasscodePosts(deviceId)).toBe(0);

    const second = await handlers.requestPasscodeAction({ action: 'resetPasscode', deviceId, ticket: 'INC-1', identityVerified: true, acknowledgedRecentActions: true }, context);
    expect(second.ok).toBe(true);
    expect(harness.tenant.control.counters.resetPasscodePosts(deviceId)).toBe(1);
  });

  it('shows our own action once, merged with its audit record', async () => {
    const { audits, handlers } = await setUp(0);
    const deviceId = harness.tenant.control.deviceId('DEMO-IOS-17');
    expect((await audits.recentFor(deviceId)).ok && (await audits.recentFor(deviceId))).toMatchObject({ value: { warn: false, rows: [] } });
    const sent = await handlers.requestPasscodeAction({ action: 'resetPasscode', deviceId, ticket: 'INC-2', identityVerified: true, acknowledgedRecentActions: false }, context);
    if (!sent.ok) throw new Error(sent.error.message);
    const view = await audits.list(true);
    if (!view.ok) throw new Error(view.error.message);
    const rows = view.value.rows.filter((row) => row.deviceId === deviceId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actionId: sent.value.actionId, initiatedBy: harness.tokens.technician.upn });
    expect(rows[0]!.id.startsWith('own:')).toBe(false); // it is the audit record, carrying our action id
    // Now a colleague (or we) would be warned before a second reset.
    expect(await audits.recentFor(deviceId)).toMatchObject({ ok: true, value: { warn: true } });
  });

  it('keeps working with a clear notice when the tenant refuses the audit endpoint', async () => {
    const { audits, handlers } = await setUp();
    harness.tenant.control.audits.setForbidden(true);
    const view = await audits.list(true);
    expect(view).toMatchObject({ ok: true, value: { available: false } });
    expect(view.ok && view.value.notice).toEqual({ code: 'auditsRefused', params: {} });
    const deviceId = harness.tenant.control.deviceId('DEMO-IOS-17');
    const sent = await handlers.requestPasscodeAction({ action: 'resetPasscode', deviceId, ticket: 'INC-3', identityVerified: true, acknowledgedRecentActions: false }, context);
    expect(sent.ok).toBe(true);
    const load = harness.devices.load();
    const done = await harness.waitFor('devicesProgress', (p) => p.loadId === load.loadId && p.done);
    expect(done.error).toBeNull();
  });

  // A colleague on another computer sent a reset that Intune queued but the device never picked up:
  // this computer's log knows nothing of it, Graph does.
  describe("an earlier action whose outcome is unknown, seen from another technician's computer", () => {
    const theirs = () => harness.tenant.control.deviceId('DEMO-IOS-OTHER-PENDING');
    const request = (acknowledged: { recent: boolean; unknown?: boolean }) => ({
      action: 'resetPasscode' as const,
      deviceId: theirs(),
      ticket: 'INC-7',
      identityVerified: true,
      acknowledgedRecentActions: acknowledged.recent,
      acknowledgedUnknownOutcome: acknowledged.unknown,
    });

    it('warns from the audits once Intune has shown it unfinished for over 15 minutes, and main asks for the second confirmation', async () => {
      const { audits, handlers } = await setUp();
      harness.tenantClock.advance(20 * 60_000);
      const recent = await audits.recentFor(theirs());
      if (!recent.ok) throw new Error(recent.error.message);
      expect(recent.value.unknownOutcome).toMatchObject({ state: 'pending', actionId: null, deviceName: 'DEMO-IOS-OTHER-PENDING' });
      expect(recent.value.unknownOutcome!.initiatedBy).not.toBe(harness.tokens.technician.upn);
      // The same action is not also the "just taken" warning.
      expect(recent.value.warn).toBe(false);

      const refused = await handlers.requestPasscodeAction(request({ recent: true }), context);
      expect(refused).toMatchObject({ ok: false, error: { code: 'confirmation_required', detail: { unknownOutcome: true } } });
      expect(harness.tenant.control.counters.resetPasscodePosts(theirs())).toBe(0);
      const sent = await handlers.requestPasscodeAction(request({ recent: false, unknown: true }), context);
      expect(sent.ok).toBe(true);
      expect(harness.tenant.control.counters.resetPasscodePosts(theirs())).toBe(1);
    });

    it("warns from the device's deviceActionResults when the tenant refuses the audits", async () => {
      const { audits, handlers } = await setUp();
      harness.tenant.control.audits.setForbidden(true);
      harness.tenantClock.advance(20 * 60_000);
      const recent = await audits.recentFor(theirs());
      if (!recent.ok) throw new Error(recent.error.message);
      expect(recent.value.available).toBe(false);
      // Graph's device result does not say who asked: the row says nobody rather than guess.
      expect(recent.value.unknownOutcome).toMatchObject({ state: 'pending', actionId: null, initiatedBy: null, deviceId: theirs() });
      expect(await handlers.requestPasscodeAction(request({ recent: false }), context)).toMatchObject({ ok: false, error: { code: 'confirmation_required' } });
      expect(harness.tenant.control.counters.resetPasscodePosts(theirs())).toBe(0);
    });

    it('never blocks when neither the audits nor the device could be read', async () => {
      const warnings: string[] = [];
      const logger = { ...silentLogger, warn: (message: string) => void warnings.push(message) };
      const { audits, handlers } = await setUp(12, logger);
      harness.tenant.control.audits.setForbidden(true);
      harness.tenantClock.advance(20 * 60_000);
      // A 500 on a read is not retried: one for the dialog's check, one for main's check before the POST.
      harness.tenant.control.faults.next({ route: 'device', kind: '500', times: 2 });
      const recent = await audits.recentFor(theirs());
      expect(recent).toMatchObject({ ok: true, value: { unknownOutcome: null, warn: false } });
      expect(warnings.some((w) => w.includes("device's action results"))).toBe(true);
      const sent = await handlers.requestPasscodeAction(request({ recent: false }), context);
      expect(harness.tenant.control.faults.pending()).toBe(0);
      expect(sent.ok).toBe(true);
    });
  });
});
