// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../../shared/app/app-info';
import type { Session } from '../../../../../shared/auth/session';
import { err, ok, type Result } from '../../../../../shared/result';
import { StartScreen } from '../../../../../renderer/components/start/StartScreen';
import { useStore } from '../../../../../renderer/store/store';
import { setupStore } from '../../support/render-setup';

const signedOut: Session = { status: 'signedOut', account: null, mode: 'tenant', tokenStorage: 'encrypted', problem: null, revision: 1 };
const appInfo = (mode: 'demo' | 'tenant'): AppInfo => ({
  name: 'Passcode Desk', version: '1', mode, host: 'browser-host', locale: 'en-US', logFolder: '/logs', signingKeyFingerprint: null, secretsInMemoryOnly: false, settingsReset: null, demoDevices: null,
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the start screen', () => {
  it('names the demo tenant’s real number of devices, and no number when main has none', () => {
    setupStore();
    useStore.setState({ appInfo: { ...appInfo('demo'), demoDevices: 1000 }, session: { ...signedOut, mode: 'demo' } });
    const { unmount } = render(<StartScreen />);
    expect(screen.getByText(/built-in demo tenant: 1,000 simulated devices/)).toBeTruthy();
    expect(screen.queryByText(/2,500/)).toBeNull();
    unmount();
    useStore.setState({ appInfo: { ...appInfo('demo'), demoDevices: null } });
    render(<StartScreen />);
    expect(screen.getByText(/built-in demo tenant: simulated devices, including one for every passcode rule/)).toBeTruthy();
  });

  it('signs in to the demo tenant with one click', async () => {
    const fake = setupStore({ signIn: () => ok({ ...signedOut, status: 'signedIn', revision: 2, mode: 'demo', account: { name: 'Alex', upn: 'alex@contoso.com', objectId: 'o', tenantId: 't' } }) });
    useStore.setState({ appInfo: appInfo('demo'), session: { ...signedOut, mode: 'demo' } });
    render(<StartScreen />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in as demo technician' }));
    await waitFor(() => expect(useStore.getState().session?.status).toBe('signedIn'));
    expect(fake.callsTo('signIn')).toEqual([{ method: 'interactive' }]);
  });

  it('shows the device code from main, and cancels the sign-in quietly', async () => {
    const answer = deferred<Result<Session>>();
    const fake = setupStore(
      { signIn: () => answer.promise, cancelSignIn: () => ok(signedOut) },
      { settings: { tenant: 'contoso.onmicrosoft.com', clientId: '1b2c3d4e-0000-4000-8000-00000000abcd' } },
    );
    useStore.setState({ appInfo: appInfo('tenant'), session: signedOut });
    render(<StartScreen />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Use device code instead' }));
    expect(screen.getByText(/Signing in/)).toBeTruthy();
    act(() => fake.emit('deviceCodeIssued', { userCode: 'FJ8K-2QXM', verificationUri: 'https://microsoft.com/devicelogin', message: 'm', expiresAt: '2026-11-24T10:15:00Z' }));
    expect(screen.getByText('FJ8K-2QXM')).toBeTruthy();
    expect(screen.getByText(/open https:\/\/microsoft\.com\/devicelogin and enter this code/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel sign-in' }));
    expect(fake.callsTo('cancelSignIn')).toHaveLength(1);
    await act(async () => answer.resolve(err('cancelled', 'Sign-in cancelled')));
    expect(screen.queryByText('FJ8K-2QXM')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('says what is wrong with the tenant and client id beside each field, and saves good ones', async () => {
    const fake = setupStore({ saveSettings: ({ settings }) => ok(settings), getAppInfo: () => ok(appInfo('tenant')) });
    useStore.setState({ appInfo: appInfo('demo'), session: { ...signedOut, mode: 'demo' } });
    render(<StartScreen />);
    const user = userEvent.setup();
    await user.click(screen.getByText('Tenant connection'));
    const tenant = screen.getByLabelText('Tenant');
    const clientId = screen.getByLabelText('Client ID');
    await user.type(tenant, 'not a tenant');
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(screen.getByText(/Enter a directory \(tenant\) ID/)).toBeTruthy();
    expect(screen.getByText(/Give both the tenant and the client ID/)).toBeTruthy();
    expect(tenant.getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsTo('saveSettings')).toHaveLength(0);

    await user.clear(tenant);
    await user.type(tenant, 'contoso.onmicrosoft.com');
    await user.type(clientId, '1b2c3d4e-0000-4000-8000-00000000abcd');
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    await waitFor(() => expect(fake.callsTo('saveSettings')).toHaveLength(1));
    expect(fake.callsTo('saveSettings')[0]!.settings).toMatchObject({ tenant: 'contoso.onmicrosoft.com', clientId: '1b2c3d4e-0000-4000-8000-00000000abcd' });
    await waitFor(() => expect(useStore.getState().appInfo?.mode).toBe('tenant'));
  });
});
