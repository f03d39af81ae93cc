// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RuleSourceNote } from '../../../../../renderer/components/checks/RuleSourceNote';
import { catalogues } from '../../../../../renderer/i18n/catalogues';
import { setupStore } from '../../support/render-setup';

// Android personally-owned work profile 8.0+ follows the seed and the current docs with no caution to quote:
// the note must not send the technician looking for a caution that is not there.
describe('RuleSourceNote: which documentation the rule follows', () => {
  for (const language of ['en', 'it'] as const) {
    it(`points to a caution only when there is one (${language})`, () => {
      const m = catalogues[language];
      setupStore({}, { language });
      const { container, rerender } = render(<RuleSourceNote source="seed-and-current-docs" caution={null} />);
      expect(container.textContent).toBe(m.checks.sourceBothNoCaution);
      expect(screen.queryByTestId('decision-caution')).toBeNull();
      rerender(<RuleSourceNote source="seed-and-current-docs" caution="current docs list 8.0 and later" />);
      expect(screen.getByTestId('decision-caution').textContent).toContain('current docs list 8.0 and later');
      expect(container.textContent).toContain(m.checks.sourceBoth);
    });
  }
});
