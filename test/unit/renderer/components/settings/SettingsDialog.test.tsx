// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../../../shared/result';
import type { Settings } from '../../../../../shared/settings/settings';
import { SettingsDialog } from '../../../../../renderer/components/settings/SettingsDialog';
import { useStore } from '../../../../../renderer/store/store';
import { setupStore } from '../../support/render-setup';

describe('Settings dialog', () => {
  it('saves a choice at once, and two quick changes both reach main, each on top of the other', async () => {
    // Main answers only when the test lets it, so the second click comes while the first is still saving.
    const answers: Array<() => void> = [];
    const fake = setupStore({
      saveSettings: ({ settings }) => new Promise((resolve) => answers.push(() => resolve(ok(settings as Settings)))),
    });
    const user = userEvent.setup();
    render(<SettingsDialog />);
    await user.click(screen.getByRole('radio', { name: /optional/i }));
    await user.click(screen.getByRole('radio', { name: 'Italiano' }));
    expect(screen.getByText('Saving…')).toBeTruthy();
    answers.forEach((answer) => answer());
    const saved = fake.callsTo('saveSettings').map((r) => r.settings);
    expect(saved.map((s) => [s.requireTicketReference, s.language])).toEqual([
      [false, 'en'],
      [false, 'it'],
    ]);
    await waitFor(() => expect(useStore.getState().settings?.language).toBe('it'));
  });

  it('a save main refuses puts the saved value back and says why', async () => {
    setupStore({ saveSettings: () => err('invalid_settings', 'The policy requires a ticket reference.') });
    const user = userEvent.setup();
    render(<SettingsDialog />);
    const optional = screen.getByRole('radio', { name: /optional/i });
    await user.click(optional);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('The policy requires a ticket reference.'));
    expect(optional).toHaveProperty('checked', false);
    expect(useStore.getState().settings?.requireTicketReference).toBe(true);
  });

  it("a ticket setting the organisation locks cannot be changed here", async () => {
    const fake = setupStore();
    useStore.setState({ policy: { source: 'policy.json', problems: [], fallback: 'none', locked: ['requireTicketReference'], ticketPattern: null, collector: null } });
    const user = userEvent.setup();
    render(<SettingsDialog />);
    const optional = screen.getByRole('radio', { name: /optional/i });
    expect(optional.matches(':disabled')).toBe(true);
    await user.click(optional);
    expect(fake.callsTo('saveSettings')).toEqual([]);
  });
});
