// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorText } from '../../../../../renderer/components/common/ErrorText';
import type { AppError } from '../../../../../shared/result';
import { setupStore } from '../../support/render-setup';

const coded: AppError = {
  code: 'invalid_request',
  message: 'The ticket reference "X1" does not have the form your organisation requires (^INC\\d+$).',
  say: { code: 'ticketPattern', params: { ticket: 'X1', pattern: '^INC\\d+$' } },
};
const englishOnly: AppError = { code: 'graph_error', message: 'Microsoft Graph sent a device without an id' };

describe('an error shown to the technician', () => {
  it('in Italian: main\'s message worded from its code, with its values, and none of the English', () => {
    setupStore({}, { language: 'it' });
    render(<ErrorText error={coded} />);
    expect(screen.getByText(/Il riferimento ticket "X1" non ha la forma richiesta dalla tua organizzazione \(\^INC\\d\+\$\)/)).toBeTruthy();
    expect(screen.queryByText(/does not have the form/)).toBeNull();
  });

  it('in Italian: a message main sends only in English is left out, the plain Italian sentence stays', () => {
    setupStore({}, { language: 'it' });
    const { container } = render(<ErrorText error={englishOnly} />);
    expect(container.textContent).not.toMatch(/Microsoft Graph sent/);
    expect(container.textContent).toMatch(/Intune/);
  });

  it('in English: both the coded and the English-only message are shown', () => {
    setupStore({}, { language: 'en' });
    const { container } = render(
      <>
        <ErrorText error={coded} />
        <ErrorText error={englishOnly} />
      </>,
    );
    expect(container.textContent).toMatch(/The ticket reference "X1" does not have the form your organisation requires/);
    expect(container.textContent).toMatch(/Microsoft Graph sent a device without an id/);
  });

  it('a refusal for too many requests gives one wait, Intune\'s own, not "a minute" above "1 second" (EN, IT)', () => {
    const throttled: AppError = { code: 'throttled', message: 'Intune is limiting requests right now (429). Try again in 1 second.', say: { code: 'graphThrottled', params: { seconds: '1' } } };
    for (const [language, minute] of [['en', /minute/], ['it', /minuto/]] as const) {
      setupStore({}, { language });
      const { container, unmount } = render(<ErrorText error={throttled} />);
      expect(container.textContent).toMatch(language === 'en' ? /Try again in 1 second/ : /Riprova tra 1 secondo/);
      expect(container.textContent).not.toMatch(minute);
      unmount();
    }
  });
});
