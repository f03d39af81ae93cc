// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DeviceRecentActions } from '../../../../../shared/audits/tenant-action';
import type { AccountRefusal, Session } from '../../../../../shared/auth/session';
import { err, ok, type AppError } from '../../../../../shared/result';
import { DeviceDetails } from '../../../../../renderer/components/devices/DeviceDetails';
import { catalogues } from '../../../../../renderer/i18n/catalogues';
import { useStore } from '../../../../../renderer/store/store';
import { makeDevice } from '../../support/fixtures';
import { setupStore } from '../../support/render-setup';

const quiet: DeviceRecentActions = { available: true, notice: null, rows: [], refreshedAt: null, warn: false, unknownOutcome: null };
// What main gives a reset Intune refused the account (main/graph/graph-app-error.ts notPermitted).
const refused = err('not_permitted', 'Intune refused this account (401, Forbidden)', {
  subject: 'reset',
  missing: ['intune-role-reset', 'intune-licence', 'scope-privileged'],
});
const refusedError = (refused as { ok: false; error: AppError }).error;
const other = makeDevice({ id: 'dev-ios-2', name: 'DEMO-IOS-18' });

const robin: Session = { status: 'signedIn', account: { name: 'Robin', upn: 'robin.novak@contoso.com', objectId: 'o', tenantId: 't' }, mode: 'demo', tokenStorage: 'memory', problem: null, revision: 1 };
const refusal = (deviceId: string, deviceName: string): AccountRefusal => ({ deviceId, deviceName, at: '2026-12-01T09:30:00.000Z', error: refusedError });

async function refuseOnce(language: 'en' | 'it') {
  const device = makeDevice();
  // As main does it: the refusal goes into the session (sessionChanged) and the request answers not_permitted.
  const fake = setupStore(
    {
      getDeviceRecentActions: () => ok(quiet),
      requestPasscodeAction: () => {
        fake.emit('sessionChanged', { ...robin, revision: 2, accountRefusal: refusal(device.id, device.name ?? device.id) });
        return refused;
      },
    },
    { language },
  );
  const t = catalogues[language];
  useStore.setState({ openedId: device.id, opened: device, session: robin });
  const user = userEvent.setup();
  render(<DeviceDetails />);
  // The panel's passcode action (its label is the rule's, in the shown language).
  const action = () => {
    const button = document.querySelector<HTMLButtonElement>('.details-action .button-action');
    if (!button) throw new Error('no passcode action in the panel');
    return button;
  };
  expect(screen.queryByTestId('account-refusal')).toBeNull();
  await user.click(action());
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(useStore.getState().recent?.status).toBe('ready'));
  await user.type(within(dialog).getAllByRole('textbox')[0]!, 'INC-1');
  await user.type(within(dialog).getAllByRole('textbox')[1]!, '7H3M');
  await user.click(within(dialog).getByRole('checkbox'));
  await user.click(within(dialog).getByRole('button', { name: /^(Confirm|Conferma)/ }));
  // The dialog stays open to show the refusal in full (ConfirmDialog's Close footer).
  const close = await within(dialog).findByRole('button', { name: language === 'en' ? 'Close' : 'Chiudi' });
  await user.click(close);
  return { fake, t, action, user };
}

describe('the details panel after Intune refused the account', () => {
  for (const language of ['en', 'it'] as const) {
    it(`switches the action off on the refused device and says why and what to do (${language})`, async () => {
      const { fake, t, action, user } = await refuseOnce(language);
      expect(action()).toHaveProperty('disabled', true);
      const note = screen.getByTestId('account-refusal');
      expect(note.textContent).toContain(t.details.refusedHereTitle);
      expect(note.textContent).toContain(t.checks.missing['intune-role-reset']);
      expect(note.textContent).toContain(t.details.refusedHereAfter);
      // The reason is the button's description, so a screen reader says why it is off.
      expect(action().getAttribute('aria-describedby')).toBe(note.id);
      await user.click(action());
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(fake.callsTo('requestPasscodeAction')).toHaveLength(1);
    });

    it(`keeps the action on for another device, with a warning naming where the refusal came (${language})`, async () => {
      const { t, action } = await refuseOnce(language);
      act(() => useStore.setState({ openedId: other.id, opened: other }));
      expect(action()).toHaveProperty('disabled', false);
      const note = screen.getByTestId('account-refusal');
      expect(note.textContent).toContain(t.details.refusedElsewhereTitle);
      expect(note.textContent).toContain('DEMO-IOS-17');
    });
  }

  it('knows a refusal main kept from before the window opened (a reload), before any dialog', () => {
    setupStore({ getDeviceRecentActions: () => ok(quiet) });
    const device = makeDevice();
    useStore.setState({ openedId: device.id, opened: device, session: { ...robin, accountRefusal: refusal(device.id, 'DEMO-IOS-17') } });
    render(<DeviceDetails />);
    expect(document.querySelector<HTMLButtonElement>('.details-action .button-action')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('account-refusal').textContent).toContain('Intune refused your account');
  });

  it('forgets the refusal when main says the session ended, so a new sign-in can try again', async () => {
    const { action } = await refuseOnce('en');
    act(() => useStore.getState().receiveSession({ status: 'signedOut', account: null, mode: 'demo', tokenStorage: 'memory', problem: null, revision: 3 }));
    act(() => useStore.getState().receiveSession({ ...robin, revision: 4 }));
    act(() => useStore.setState({ openedId: makeDevice().id, opened: makeDevice() }));
    expect(action()).toHaveProperty('disabled', false);
    expect(screen.queryByTestId('account-refusal')).toBeNull();
  });
});
