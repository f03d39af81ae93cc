// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ActionSummary } from '../../../../../shared/actions/action-summary';
import type { DeviceRecentActions } from '../../../../../shared/audits/tenant-action';
import { err, ok, type Result } from '../../../../../shared/result';
import { ConfirmDialog } from '../../../../../renderer/components/confirm/ConfirmDialog';
import { useStore } from '../../../../../renderer/store/store';
import { makeAction, makeDevice } from '../../support/fixtures';
import { setupStore } from '../../support/render-setup';

const quiet: DeviceRecentActions = { available: true, notice: null, rows: [], refreshedAt: null, warn: false, unknownOutcome: null };
const justActed: DeviceRecentActions = {
  available: true,
  notice: null,
  refreshedAt: '2026-11-24T10:05:00Z',
  warn: true,
  unknownOutcome: null,
  rows: [
    { id: 'r1', deviceId: 'dev-ios-1', deviceName: 'DEMO-IOS-17', initiatedBy: 'priya.natarajan@contoso.com', requestedAt: new Date(Date.now() - 5 * 60_000).toISOString(), state: 'pending', actionId: null },
  ],
};

async function open(options: { ticketRequired?: boolean; recent?: DeviceRecentActions; answer?: Result<ActionSummary>; actions?: ActionSummary[] } = {}) {
  const fake = setupStore(
    {
      getDeviceRecentActions: () => ok(options.recent ?? quiet),
      requestPasscodeAction: (request) => options.answer ?? ok(makeAction({ deviceId: request.deviceId, ticket: request.ticket || null })),
    },
    { settings: { requireTicketReference: options.ticketRequired ?? true } },
  );
  if (options.actions) useStore.setState({ actions: options.actions });
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(<ConfirmDialog device={makeDevice()} onClose={onClose} />);
  // Confirm waits for the recent-actions check; so do the tests.
  await waitFor(() => expect(useStore.getState().recent?.status).toBe('ready'));
  return { fake, onClose, user };
}

const confirmButton = () => screen.getByRole('button', { name: /^Confirm: Remove passcode/ });
const ticketField = () => screen.getByLabelText(/Ticket reference/);
const tailField = () => screen.getByLabelText(/last 4 characters of the serial number or the IMEI/);
const identityBox = () => screen.getByRole('checkbox', { name: "I verified the requester's identity" });

async function fill(user: ReturnType<typeof userEvent.setup>, parts: { ticket?: string; tail?: string; identity?: boolean }) {
  if (parts.ticket) await user.type(ticketField(), parts.ticket);
  if (parts.tail) await user.type(tailField(), parts.tail);
  if (parts.identity) await user.click(identityBox());
}

describe('the confirmation dialog', () => {
  it('is a labelled modal dialog that shows which device and what will happen', async () => {
    await open();
    const dialog = screen.getByRole('dialog', { name: 'Remove passcode?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('DEMO-IOS-17');
    expect(dialog.textContent).toContain('Maria Rossi');
    expect(dialog.textContent).toContain('iOS 17.6.1');
    expect(dialog.textContent).toMatch(/The passcode is removed from the device/);
  });

  it('hides the serial and IMEI the requester is asked to read out until the typed characters match', async () => {
    const { user } = await open();
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).not.toContain('F2LXK9PQ7H3M');
    expect(dialog.textContent).not.toContain('356789104512345');
    expect(dialog.textContent).toMatch(/Hidden until the last 4 characters match/);
    expect(dialog.textContent).toMatch(/Apple Account \(Settings > their name > this device\)/);
    await user.type(tailField(), ' 7h3m ');
    expect(dialog.textContent).toContain('F2LXK9PQ7H3M');
    expect(dialog.textContent).toMatch(/Matches this device’s serial number/);
  });

  it('accepts the last 4 of the IMEI instead of the serial', async () => {
    const { user } = await open();
    await fill(user, { ticket: 'INC-1', tail: '2345', identity: true });
    expect(screen.getByText(/Matches this device’s IMEI/)).toBeTruthy();
    expect(confirmButton()).toHaveProperty('disabled', false);
  });

  it('refuses a one-character ticket, and a ticket longer than 256 characters with a message rather than a silent cut', async () => {
    const { user } = await open();
    await fill(user, { ticket: 'x', tail: '7H3M', identity: true });
    expect(confirmButton()).toHaveProperty('disabled', true);
    expect(screen.getByText(/at least 3 characters/)).toBeTruthy();
    const long = `INC-${'7'.repeat(260)}`;
    await user.clear(ticketField());
    await user.click(ticketField());
    await user.paste(long);
    expect((ticketField() as HTMLInputElement).value).toBe(long);
    expect(screen.getByText(/at most 256 characters \(this one has 264\)/)).toBeTruthy();
    expect(confirmButton()).toHaveProperty('disabled', true);
  });

  it('starts with focus in the ticket field and Confirm disabled', async () => {
    await open();
    expect(document.activeElement).toBe(ticketField());
    expect(confirmButton()).toHaveProperty('disabled', true);
  });

  it('needs the ticket, the serial check and the identity check when the ticket is required', async () => {
    const { user, fake } = await open({ ticketRequired: true });
    await fill(user, { tail: '7h3m', identity: true });
    expect(confirmButton()).toHaveProperty('disabled', true);
    await fill(user, { ticket: 'INC-4242' });
    expect(confirmButton()).toHaveProperty('disabled', false);
    await user.click(confirmButton());
    await waitFor(() => expect(fake.callsTo('requestPasscodeAction')).toHaveLength(1));
    expect(fake.callsTo('requestPasscodeAction')[0]).toEqual({
      deviceId: 'dev-ios-1',
      ticket: 'INC-4242',
      identityVerified: true,
      acknowledgedRecentActions: false,
      acknowledgedUnknownOutcome: false,
    });
  });

  it('lets the ticket be left empty when the setting makes it optional', async () => {
    const { user, fake } = await open({ ticketRequired: false });
    await fill(user, { tail: 'H3M', identity: true });
    expect(confirmButton()).toHaveProperty('disabled', true); // three of four characters
    await user.type(tailField(), '{Backspace}{Backspace}{Backspace}7H 3M');
    expect(confirmButton()).toHaveProperty('disabled', false);
    await user.click(confirmButton());
    await waitFor(() => expect(fake.callsTo('requestPasscodeAction')[0]?.ticket).toBe(''));
  });

  it('never enables Confirm without the identity check', async () => {
    const { user } = await open();
    await fill(user, { ticket: 'INC-1', tail: '7H3M' });
    expect(confirmButton()).toHaveProperty('disabled', true);
    await user.click(identityBox());
    expect(confirmButton()).toHaveProperty('disabled', false);
  });

  it('says so when the typed characters are not the end of this serial', async () => {
    const { user } = await open();
    await fill(user, { ticket: 'INC-1', tail: 'ABCD', identity: true });
    expect(confirmButton()).toHaveProperty('disabled', true);
    expect(screen.getByText(/not the last 4 characters/)).toBeTruthy();
  });

  it('asks for a second confirmation after a recent action on the device, and sends it', async () => {
    const { user, fake } = await open({ recent: justActed });
    const warning = screen.getByRole('alert');
    expect(warning.textContent).toMatch(/just taken on this device/);
    expect(warning.textContent).toMatch(/Pending: priya\.natarajan@contoso\.com, 5 minutes ago/);
    await fill(user, { ticket: 'INC-1', tail: '7H3M', identity: true });
    expect(confirmButton()).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('checkbox', { name: /I understand a passcode action was just taken/ }));
    expect(confirmButton()).toHaveProperty('disabled', false);
    await user.click(confirmButton());
    await waitFor(() => expect(fake.callsTo('requestPasscodeAction')[0]?.acknowledgedRecentActions).toBe(true));
  });

  it('keeps the typed ticket when closed unsent and reopened on the same device, but asks the other checks again', async () => {
    const { user } = await open();
    await fill(user, { ticket: 'INC-77', tail: '7H3M', identity: true });
    cleanup(); // the dialog closes unsent (Escape or Cancel unmount it)
    render(<ConfirmDialog device={makeDevice()} onClose={() => undefined} />);
    await waitFor(() => expect(useStore.getState().recent?.status).toBe('ready'));
    expect((ticketField() as HTMLInputElement).value).toBe('INC-77');
    expect((tailField() as HTMLInputElement).value).toBe('');
    expect((identityBox() as HTMLInputElement).checked).toBe(false);
    cleanup();
    // Another device's dialog starts empty.
    render(<ConfirmDialog device={makeDevice({ id: 'dev-ios-2', name: 'IPHONE-ANNA' })} onClose={() => undefined} />);
    expect((ticketField() as HTMLInputElement).value).toBe('');
  });

  it('forgets the ticket once the action is sent', async () => {
    const { user } = await open();
    await fill(user, { ticket: 'INC-78', tail: '7H3M', identity: true });
    await user.click(confirmButton());
    await screen.findByText('Sent to Intune');
    expect(useStore.getState().ticketDraft).toBeNull();
  });

  it('cancels on Escape without sending anything', async () => {
    const { user, onClose, fake } = await open();
    await fill(user, { ticket: 'INC-1' });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(fake.callsTo('requestPasscodeAction')).toHaveLength(0);
  });

  it('never confirms on Enter, in a field or on the Confirm button itself; Space on the button does', async () => {
    const { user, fake } = await open();
    await fill(user, { ticket: 'INC-1', tail: '7H3M', identity: true });
    await user.click(ticketField());
    await user.keyboard('{Enter}');
    await user.click(tailField());
    await user.keyboard('{Enter}');
    confirmButton().focus();
    await user.keyboard('{Enter}');
    expect(fake.callsTo('requestPasscodeAction')).toHaveLength(0);
    expect(screen.getByRole('dialog')).toBeTruthy();
    // A keyboard user on Confirm, whose Enter did nothing, hears in the button's description which key works.
    const description = document.getElementById(confirmButton().getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(description).toMatch(/Enter never confirms/);
    expect(description).toMatch(/press Space/);
    await user.keyboard(' ');
    await waitFor(() => expect(fake.callsTo('requestPasscodeAction')).toHaveLength(1));
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { user } = await open();
    await fill(user, { ticket: 'INC-1', tail: '7H3M', identity: true });
    confirmButton().focus();
    await user.tab();
    expect(document.activeElement).toBe(ticketField());
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(confirmButton());
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 8; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });

  it('shows a refusal in plain words, with the Graph request id, and stays open', async () => {
    const answer = err('graph_error', 'Forbidden: missing PrivilegedOperations', { graphRequestId: 'req-7f3a' });
    const { user } = await open({ answer });
    await fill(user, { ticket: 'INC-1', tail: '7H3M', identity: true });
    await user.click(confirmButton());
    const alert = await screen.findByText('The action was not sent');
    const box = alert.closest('[role="alert"]')!;
    expect(box.textContent).toMatch(/Microsoft Intune refused the request/);
    expect(box.textContent).toMatch(/req-7f3a/);
    expect(confirmButton()).toHaveProperty('disabled', false);
  });

  it('after a refusal only an administrator can lift, offers Close instead of a Confirm that would be refused again', async () => {
    const answer = err('not_permitted', 'Intune refused this account (403)', { subject: 'account', missing: ['role'] });
    const { user, fake, onClose } = await open({ answer });
    await fill(user, { ticket: 'INC-1', tail: '7H3M', identity: true });
    await user.click(confirmButton());
    await screen.findByText('The action was not sent');
    expect(screen.queryByRole('button', { name: /^Confirm: / })).toBeNull();
    expect(screen.getByText(/Sending again would be refused the same way/)).toBeTruthy();
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    await user.click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(fake.callsTo('requestPasscodeAction')).toHaveLength(1);
  });

  it('follows the sent action live', async () => {
    const { user } = await open();
    await fill(user, { ticket: 'INC-1', tail: '7H3M', identity: true });
    await user.click(confirmButton());
    await screen.findByText('Sent to Intune');
    expect(screen.getByRole('status').textContent).toMatch(/Requested/);
    act(() => useStore.getState().receiveAction(makeAction({ state: 'pending', updatedAt: '2026-11-24T10:00:05.000Z' })));
    expect(screen.getByRole('status').textContent).toMatch(/Pending/);
    expect(screen.getByText(/Intune carries out the action the next time the device checks in/)).toBeTruthy();
    act(() => useStore.getState().receiveAction(makeAction({ state: 'done', updatedAt: '2026-11-24T10:01:00.000Z' })));
    expect(screen.getByRole('status').textContent).toMatch(/Done/);
    // Done, it no longer says Intune will carry it out at the next check-in.
    expect(screen.queryByText(/Intune carries out the action the next time the device checks in/)).toBeNull();
    expect(screen.getByText(/This action has ended/)).toBeTruthy();
    // The device summary no longer speaks of the future either.
    expect(screen.queryByText('What will happen')).toBeNull();
    expect(screen.getByText('What this action does')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    // The title says where the action is, not the question asked before it was sent.
    expect(screen.getByRole('dialog', { name: 'Remove passcode: Done' })).toBeTruthy();
  });

  it('explains a "not supported" end: Intune accepted it, the device could not carry it out, and what to do next', async () => {
    const { user } = await open();
    await fill(user, { ticket: 'INC-1', tail: '7H3M', identity: true });
    await user.click(confirmButton());
    await screen.findByText('Sent to Intune');
    act(() =>
      useStore.getState().receiveAction(
        makeAction({ state: 'notSupported', mode: 'android_work_profile', updatedAt: '2026-11-24T10:01:00.000Z', error: { code: 'graph_error', message: 'x' } }),
      ),
    );
    const dialog = screen.getByRole('dialog', { name: 'Remove passcode: Not supported' });
    expect(dialog.textContent).toMatch(/Intune accepted the request, but the device could not carry it out/);
    expect(dialog.textContent).toMatch(/What to do next/);
    expect(dialog.textContent).not.toMatch(/Microsoft Intune refused the request/);
    const steps = Array.from(dialog.querySelectorAll('.stepper li'));
    expect(steps.map((li) => li.className)).toEqual(['step-done', 'step-done', 'step-done', 'step-done', 'step-failed']);
    expect(steps[4]!.textContent).toBe('Not supported');
  });

  it('keeps the device name beside Confirm', async () => {
    await open();
    const footer = confirmButton().parentElement!;
    expect(footer.textContent).toContain('Device: DEMO-IOS-17');
  });

  it.each(['unknown', 'unresolved', 'closed'] as const)(
    'warns when the last action on the device ended %s, and needs the second confirmation before Confirm',
    async (state) => {
      const earlier = makeAction({ actionId: 'old', state, requestedAt: '2026-11-20T08:00:00.000Z', deviceId: 'dev-ios-1' });
      const { user, fake } = await open({ actions: [earlier] });
      const warning = screen.getByRole('alert');
      expect(warning.textContent).toContain('The outcome of the last passcode action on this device is not known');
      expect(warning.textContent).toContain('Device actions');
      await fill(user, { ticket: 'INC-1', tail: '7H3M', identity: true });
      expect(confirmButton()).toHaveProperty('disabled', true);
      expect(screen.getByText(/confirm you checked the last action of unknown outcome/)).toBeTruthy();
      await user.click(screen.getByRole('checkbox', { name: /I checked the device and its Device actions in Intune/ }));
      expect(confirmButton()).toHaveProperty('disabled', false);
      await user.click(confirmButton());
      await waitFor(() => expect(fake.callsTo('requestPasscodeAction')[0]?.acknowledgedUnknownOutcome).toBe(true));
    },
  );

  it('does not warn when the last action on the device ended with a known outcome', async () => {
    const earlier = makeAction({ actionId: 'old', state: 'done', requestedAt: '2026-11-20T08:00:00.000Z', deviceId: 'dev-ios-1' });
    await open({ actions: [earlier] });
    expect(screen.queryByText(/is not known/)).toBeNull();
  });

  it("warns about an action Intune still shows unfinished (someone's, from another computer), once, and needs the second confirmation", async () => {
    const stale = { id: 'a9', deviceId: 'dev-ios-1', deviceName: 'DEMO-IOS-17', initiatedBy: 'priya.natarajan@contoso.com', requestedAt: '2026-11-20T08:00:00.000Z', state: 'pending', actionId: null };
    const { user, fake } = await open({ recent: { ...quiet, rows: [stale], unknownOutcome: stale } });
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('Intune still shows a passcode action by priya.natarajan@contoso.com');
    expect(warning.textContent).toContain('Pending');
    // The same action is not listed again as a recent one.
    expect(screen.queryByText(/was just taken/)).toBeNull();
    await fill(user, { ticket: 'INC-1', tail: '7H3M', identity: true });
    expect(confirmButton()).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('checkbox', { name: /I checked the device and its Device actions in Intune/ }));
    await user.click(confirmButton());
    await waitFor(() => expect(fake.callsTo('requestPasscodeAction')[0]).toMatchObject({ acknowledgedUnknownOutcome: true, acknowledgedRecentActions: false }));
  });

  it('does not list our own action of unknown outcome a second time as a recent action', async () => {
    const earlier = makeAction({ actionId: 'old', state: 'unknown', requestedAt: new Date(Date.now() - 60_000).toISOString(), deviceId: 'dev-ios-1' });
    const ownRow = { id: 'own:old', deviceId: 'dev-ios-1', deviceName: 'DEMO-IOS-17', initiatedBy: 'me@contoso.com', requestedAt: earlier.requestedAt, state: 'unknown', actionId: 'old' };
    await open({ actions: [earlier], recent: { ...quiet, rows: [ownRow], warn: true } });
    expect(await screen.findAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByText(/was just taken/)).toBeNull();
  });

  it('names a request Intune refused lately apart, with its reason, and asks no second confirmation for it', async () => {
    const throttled = makeAction({
      actionId: 'refused-1',
      state: 'failed',
      requestedAt: new Date(Date.now() - 2 * 60_000).toISOString(),
      deviceId: 'dev-ios-1',
      error: { code: 'throttled', message: 'Intune is limiting requests right now (429). Try again in 300 s.', say: { code: 'graphThrottled', params: { seconds: '300' } } },
    });
    const row = { id: 'own:refused-1', deviceId: 'dev-ios-1', deviceName: 'DEMO-IOS-17', initiatedBy: 'me@contoso.com', requestedAt: throttled.requestedAt, state: 'failed', actionId: 'refused-1', neverReachedDevice: true as const };
    const { user, fake } = await open({ actions: [throttled], recent: { ...quiet, rows: [row] } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/was just taken/)).toBeNull();
    const note = screen.getByTestId('refused-attempt');
    expect(note.textContent).toContain('An earlier request for this device never reached it');
    expect(note.textContent).toMatch(/me@contoso\.com, 2 minutes ago .*: Intune is limiting requests right now \(429\)\. Try again in 5 minutes\./);
    await fill(user, { ticket: 'INC-1', tail: '7H3M', identity: true });
    expect(confirmButton()).toHaveProperty('disabled', false);
    await user.click(confirmButton());
    await waitFor(() => expect(fake.callsTo('requestPasscodeAction')[0]).toMatchObject({ acknowledgedRecentActions: false }));
  });

  it('does not name the request it just had refused as "an earlier request" beside its own error box', async () => {
    const earlierRefused = makeAction({ actionId: 'r-before', state: 'failed', requestedAt: new Date(Date.now() - 3 * 60_000).toISOString(), deviceId: 'dev-ios-1' });
    const earlierRow = { id: 'own:r-before', deviceId: 'dev-ios-1', deviceName: 'DEMO-IOS-17', initiatedBy: 'me@contoso.com', requestedAt: earlierRefused.requestedAt, state: 'failed', actionId: 'r-before', neverReachedDevice: true as const };
    let rows = [earlierRow];
    const fake = setupStore(
      {
        getDeviceRecentActions: () => ok({ ...quiet, rows }),
        requestPasscodeAction: (request) => {
          // As main does: the refused attempt is logged, pushed to the window, and Intune's list then holds it.
          const refused = makeAction({ actionId: 'r-now', state: 'failed', requestedAt: new Date().toISOString(), deviceId: request.deviceId });
          useStore.getState().receiveAction(refused);
          rows = [{ ...earlierRow, id: 'own:r-now', actionId: 'r-now', requestedAt: refused.requestedAt }, earlierRow];
          return err('throttled', 'Intune is limiting requests right now (429). Try again in 1 s.');
        },
      },
      { settings: { requireTicketReference: true } },
    );
    // The device is the one open in the details panel, as when the dialog is opened from it: its recent actions are re-read after a send.
    useStore.setState({ actions: [earlierRefused], openedId: 'dev-ios-1' });
    const user = userEvent.setup();
    render(<ConfirmDialog device={makeDevice()} onClose={vi.fn()} />);
    await waitFor(() => expect(useStore.getState().recent?.status).toBe('ready'));
    await fill(user, { ticket: 'INC-1', tail: '7H3M', identity: true });
    await user.click(confirmButton());
    await screen.findByText('The action was not sent');
    await waitFor(() => expect(fake.callsTo('getDeviceRecentActions').length).toBeGreaterThan(1));
    await waitFor(() => expect(useStore.getState().recent?.status).toBe('ready'));
    // The earlier refusal (before this dialog) is still named; the one just refused here is only in the error box.
    const items = screen.getByTestId('refused-attempt').querySelectorAll('li');
    expect(items).toHaveLength(1);
  });

  it('still warns about a real recent action beside a refused request, and lists only the real one', async () => {
    const refusedRow = { id: 'own:r0', deviceId: 'dev-ios-1', deviceName: 'DEMO-IOS-17', initiatedBy: 'me@contoso.com', requestedAt: new Date(Date.now() - 60_000).toISOString(), state: 'failed', actionId: 'r0', neverReachedDevice: true as const };
    await open({ recent: { ...justActed, rows: [refusedRow, ...justActed.rows] } });
    const warning = screen.getByRole('alert');
    expect(warning.querySelectorAll('li')).toHaveLength(1);
    expect(warning.textContent).toMatch(/Pending: priya\.natarajan@contoso\.com/);
    expect(screen.getByTestId('refused-attempt').textContent).toContain('me@contoso.com');
  });
});
