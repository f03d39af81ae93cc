// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../../shared/result';
import { SyncDeviceButton } from '../../../../../renderer/components/actions/SyncDeviceButton';
import { makeAction } from '../../support/fixtures';
import { setupStore } from '../../support/render-setup';

function setup(confirmFor?: string) {
  const fake = setupStore({ requestPasscodeAction: (request) => ok(makeAction({ actionId: 'sync-1', action: 'syncDevice', deviceId: request.deviceId, state: 'accepted' })) });
  const user = userEvent.setup();
  render(<SyncDeviceButton deviceId="dev-ios-1" ticket="INC-5" confirmFor={confirmFor} />);
  return { fake, user, requests: () => fake.callsTo('requestPasscodeAction') };
}

describe('Sync device', () => {
  it('from the details panel asks first, with Cancel focused, and Cancel sends nothing', async () => {
    const { user, requests } = setup('DEMO-IOS-17');
    await user.click(screen.getByRole('button', { name: 'Sync device now' }));
    const dialog = screen.getByRole('dialog', { name: 'Sync DEMO-IOS-17 now?' });
    expect(dialog.textContent).toContain('recorded in the action log under your name');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requests()).toEqual([]);
  });

  it('sends one syncDevice request with no identity check once confirmed', async () => {
    const { user, requests } = setup('DEMO-IOS-17');
    await user.click(screen.getByRole('button', { name: 'Sync device now' }));
    const dialog = screen.getByRole('dialog', { name: 'Sync DEMO-IOS-17 now?' });
    await user.click(dialog.querySelector('.button-primary')!);
    await waitFor(() => expect(requests()).toHaveLength(1));
    expect(requests()[0]).toEqual({ action: 'syncDevice', deviceId: 'dev-ios-1', ticket: 'INC-5', identityVerified: false, acknowledgedRecentActions: false });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('inside a confirmed action (no device name given) sends at once', async () => {
    const { user, requests } = setup();
    await user.click(screen.getByRole('button', { name: 'Sync device now' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(requests()).toHaveLength(1));
  });
});
