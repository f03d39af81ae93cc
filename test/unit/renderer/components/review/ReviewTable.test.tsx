// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewSummary } from '../../../../../shared/review/review';
import { ReviewTable } from '../../../../../renderer/components/review/ReviewTable';
import { catalogues } from '../../../../../renderer/i18n/catalogues';
import { useStore } from '../../../../../renderer/store/store';
import { setupStore } from '../../support/render-setup';

// A folder opened with no log in it: the table must not say "these files record no action", as if logs were read and clean.
const nothingRead = {
  reviewId: 'r1',
  chains: [],
  totalActions: 0,
  untrustedActions: 0,
  skipped: [{ path: '/collected', reason: { code: 'noLogFiles', params: {} } }],
  tornFiles: [],
  signingKeys: [],
  comparisons: [],
  reusedEntries: 0,
} satisfies ReviewSummary;

describe('the review table with nothing to show', () => {
  for (const language of ['en', 'it'] as const) {
    it(`says no log was read when no chain was found (${language})`, () => {
      const m = catalogues[language];
      setupStore({}, { language });
      useStore.setState({ reviewSummary: nothingRead, reviewRows: [], reviewTotal: 0, reviewRowsStatus: 'ready' });
      render(<ReviewTable />);
      expect(screen.getByText(m.review.noLogRead)).toBeTruthy();
      expect(screen.queryByText(m.review.emptyLog)).toBeNull();
    });
  }
});
