// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PasscodeText } from '../../../../../renderer/components/checks/PasscodeText';
import { setupStore } from '../../support/render-setup';

describe('PasscodeText: a passcode read aloud over the phone', () => {
  it('shows it in groups of four, each character marked by its kind so O/0 and l/1/I cannot be confused', () => {
    setupStore();
    const { container } = render(<PasscodeText passcode="0OlI1a2b3" label="New passcode" />);
    expect([...container.querySelectorAll('.pc-group')].map((g) => g.textContent)).toEqual(['0OlI', '1a2b', '3']);
    expect([...container.querySelectorAll('.pc-char')].map((c) => c.className.replace('pc-char ', ''))).toEqual([
      'pc-digit',
      'pc-upper',
      'pc-lower',
      'pc-upper',
      'pc-digit',
      'pc-lower',
      'pc-digit',
      'pc-lower',
      'pc-digit',
    ]);
  });

  it('a screen reader hears each character with its kind', () => {
    setupStore();
    render(<PasscodeText passcode="0Ol" label="New passcode" />);
    expect(screen.getByRole('status', { name: 'New passcode: digit 0, capital O, small l' })).toBeTruthy();
  });

  it('warns about a numeric-only keypad only when the passcode has letters', () => {
    setupStore();
    const { rerender } = render(<PasscodeText passcode="482913" label="New passcode" />);
    expect(screen.queryByTestId('numeric-keypad-note')).toBeNull();
    rerender(<PasscodeText passcode="48a913" label="New passcode" />);
    expect(screen.getByTestId('numeric-keypad-note').textContent).toContain('number pad');
  });

  it('speaks it in Italian when the app does', () => {
    setupStore({}, { language: 'it' });
    render(<PasscodeText passcode="7" label="Nuovo passcode" />);
    expect(screen.getByRole('status').getAttribute('aria-label')).not.toContain('digit');
  });
});
