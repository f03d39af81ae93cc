// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActionSummary } from '../../../../../shared/actions/action-summary';
import type { Session } from '../../../../../shared/auth/session';
import { ok } from '../../../../../shared/result';
import { AppHeader } from '../../../../../renderer/components/shell/AppHeader';
import { catalogues } from '../../../../../renderer/i18n/catalogues';
import { useStore } from '../../../../../renderer/store/store';
import { makeAction } from '../../support/fixtures';
import { setupStore } from '../../support/render-setup';

const signedIn: Session = { status: 'signedIn', account: { name: 'Alex Morgan', upn: 'alex.morgan@contoso.com', objectId: 'o', tenantId: 't' }, mode: 'demo', tokenStorage: 'memory', problem: null, revision: 1 };
const signedOut: Session = { ...signedIn, status: 'signedOut', account: null, revision: 2 };

function showHeader(language: 'en' | 'it', actions: ActionSummary[]) {
  const fake = setupStore({ signOut: () => ok(signedOut) }, { language });
  useStore.setState({ session: signedIn, actions });
  render(<AppHeader />);
  return { fake, t: catalogues[language], user: userEvent.setup() };
}

describe('signing out while actions are still followed', () => {
  for (const language of ['en', 'it'] as const) {
    it(`asks first, names the actions and says what happens to them; staying signed in sends nothing (${language})`, async () => {
      const following = [makeAction({ actionId: 'a-1', state: 'pending', deviceName: 'DEMO-IOS-17' }), makeAction({ actionId: 'a-2', state: 'unknown', deviceName: 'DEMO-AE-DEDICATED-13' })];
      const { fake, t, user } = showHeader(language, [...following, makeAction({ actionId: 'a-3', state: 'done', deviceName: 'DEMO-DONE' })]);
      await user.click(screen.getByRole('button', { name: t.shell.signOut }));
      const dialog = screen.getByRole('dialog', { name: t.shell.signOutFollowingTitle(2) });
      expect(dialog.textContent).toContain('DEMO-IOS-17');
      expect(dialog.textContent).toContain(t.states.pending);
      expect(dialog.textContent).toContain('DEMO-AE-DEDICATED-13');
      expect(dialog.textContent).not.toContain('DEMO-DONE'); // a finished action is not followed
      expect(dialog.textContent).toContain(t.shell.signOutPaused(2));
      expect(dialog.textContent).toContain(t.shell.signOutDeadline);
      // Focus starts on staying: Enter does not sign out.
      const stay = screen.getByRole('button', { name: t.shell.staySignedIn });
      expect(document.activeElement).toBe(stay);
      await user.click(stay);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(fake.callsTo('signOut')).toHaveLength(0);
    });
  }

  it('signs out when the technician confirms', async () => {
    const { fake, t, user } = showHeader('en', [makeAction({ state: 'active' })]);
    await user.click(screen.getByRole('button', { name: t.shell.signOut }));
    await user.click(screen.getAllByRole('button', { name: t.shell.signOut }).at(-1)!);
    expect(fake.callsTo('signOut')).toHaveLength(1);
  });

  it('signs out at once when nothing is followed', async () => {
    const { fake, t, user } = showHeader('en', [makeAction({ state: 'done' }), makeAction({ actionId: 'a-2', state: 'unresolved' })]);
    await user.click(screen.getByRole('button', { name: t.shell.signOut }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsTo('signOut')).toHaveLength(1);
  });
});
