// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeviceRecentActions } from '../../../../../shared/audits/tenant-action';
import type { Session } from '../../../../../shared/auth/session';
import { ok } from '../../../../../shared/result';
import { DeviceDetails } from '../../../../../renderer/components/devices/DeviceDetails';
import { catalogues } from '../../../../../renderer/i18n/catalogues';
import { useStore } from '../../../../../renderer/store/store';
import { makeDevice } from '../../support/fixtures';
import { setupStore } from '../../support/render-setup';

const quiet: DeviceRecentActions = { available: true, notice: null, rows: [], refreshedAt: null, warn: false, unknownOutcome: null };
const privileged = 'DeviceManagementManagedDevices.PrivilegedOperations.All';
// sam.reader in the demo: consented to read devices, not to act on them.
const samReader: Session = { status: 'signedIn', account: { name: 'Sam Keller', upn: 'sam.reader@contoso.com', objectId: 'o', tenantId: 't' }, mode: 'demo', tokenStorage: 'memory', problem: null, revision: 1, missingScopes: [privileged] };

function openWith(session: Session, language: 'en' | 'it' = 'en') {
  setupStore({ getDeviceRecentActions: () => ok(quiet) }, { language });
  const device = makeDevice();
  useStore.setState({ openedId: device.id, opened: device, session });
  render(<DeviceDetails />);
  const passcode = document.querySelector<HTMLButtonElement>('.details-action .button-action')!;
  const sync = document.querySelector<HTMLButtonElement>('.sync-device .button')!;
  return { passcode, sync };
}

describe('a sign-in not granted the permission passcode actions need', () => {
  for (const language of ['en', 'it'] as const) {
    it(`switches the passcode action and Sync off before any dialog, naming the permission and whom to ask (${language})`, () => {
      const t = catalogues[language];
      const { passcode, sync } = openWith(samReader, language);
      expect(passcode.disabled).toBe(true);
      expect(sync.disabled).toBe(true);
      const note = screen.getByTestId('missing-scope');
      expect(note.textContent).toContain(t.details.scopeMissingTitle);
      expect(note.textContent).toContain(privileged);
      expect(note.textContent).toContain(t.details.scopeMissingAsk);
      expect(passcode.getAttribute('aria-describedby')).toBe(note.id);
      expect(sync.getAttribute('aria-describedby')).toBe(note.id);
    });
  }

  it('leaves both on when every permission was granted, or another one is missing', () => {
    const { passcode, sync } = openWith({ ...samReader, missingScopes: ['DeviceManagementManagedDevices.Read.All'] });
    expect(passcode.disabled).toBe(false);
    expect(sync.disabled).toBe(false);
    expect(screen.queryByTestId('missing-scope')).toBeNull();
  });
});
