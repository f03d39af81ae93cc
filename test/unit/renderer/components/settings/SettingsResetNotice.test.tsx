// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../../shared/app/app-info';
import type { SettingsReset } from '../../../../../shared/settings/settings-reset';
import { SettingsResetNotice } from '../../../../../renderer/components/settings/SettingsResetNotice';
import { useStore } from '../../../../../renderer/store/store';
import { setupStore } from '../../support/render-setup';

const info = (settingsReset: SettingsReset | null): AppInfo => ({
  name: 'Passcode Desk',
  version: '0.1.0',
  mode: 'demo',
  host: 'electron',
  locale: 'it-IT',
  logFolder: '/logs',
  signingKeyFingerprint: null,
  secretsInMemoryOnly: false,
  settingsReset,
  demoDevices: null,
});
const kept: SettingsReset = { cause: 'notJson', detail: '', file: '/data/settings.json', keptAs: '/data/settings.json.unreadable-1764496800000' };

describe('the notice that the saved settings were reset', () => {
  it('says nothing when the settings were read', () => {
    setupStore({}, { language: 'it' });
    useStore.setState({ appInfo: info(null) });
    const { container } = render(<SettingsResetNotice />);
    expect(container.textContent).toBe('');
  });

  it('in Italian: what happened, why, where the old file is, what to do; Settings opens from it', () => {
    setupStore({}, { language: 'it' });
    useStore.setState({ appInfo: info(kept) });
    render(<SettingsResetNotice />);
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('l’app è partita con le impostazioni predefinite');
    expect(notice.textContent).toContain('non è JSON valido');
    expect(notice.textContent).toContain('/data/settings.json.unreadable-1764496800000');
    expect(notice.textContent).toContain('Apri Impostazioni e controlla');
    expect(notice.textContent).not.toMatch(/settings could not|default settings/i);
    fireEvent.click(screen.getByRole('button', { name: 'Apri Impostazioni' }));
    expect(useStore.getState().settingsOpen).toBe(true);
  });

  it('in English: the refused field, and plainly when the old file could not be kept; it can be dismissed', () => {
    setupStore({}, { language: 'en' });
    useStore.setState({ appInfo: info({ cause: 'invalidValue', detail: 'language', file: '/data/settings.json', keptAs: null }) });
    render(<SettingsResetNotice />);
    expect(screen.getByRole('alert').textContent).toContain('a value the app does not accept (in “language”)');
    expect(screen.getByRole('alert').textContent).toContain('could not be moved aside; your next save replaces it');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
