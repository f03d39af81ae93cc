// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewedChain, ReviewSummary } from '../../../../../shared/review/review';
import { ReviewChains } from '../../../../../renderer/components/review/ReviewChains';
import { useStore } from '../../../../../renderer/store/store';
import { setupStore } from '../../support/render-setup';

const oldChain: ReviewedChain = {
  id: 'install-old',
  installId: 'install-old',
  machineName: null,
  fingerprints: [],
  technicians: ['tech@contoso.com'],
  firstTime: '2025-01-02T09:00:00Z',
  lastTime: '2025-01-03T09:00:00Z',
  entries: 6,
  firstSeq: 1,
  lastSeq: 6,
  fromGenesis: true,
  integrity: { status: 'verified' },
  findingCount: 0,
  lacks: ['no-machine-name', 'format-1'],
  files: [{ file: '/logs/2025-01.jsonl', copyOf: null, entries: 6, integrity: { status: 'verified' }, findings: [], findingCount: 0 }],
  actions: 6,
  untrustedActions: 0,
};
const summary = { reviewId: 'r1', chains: [oldChain], totalActions: 6, untrustedActions: 0, skipped: [], tornFiles: [], signingKeys: [], comparisons: [], reusedEntries: 0 } satisfies ReviewSummary;

describe('the review chains: what an old chain lacks', () => {
  it('says it in Italian in an Italian window, with none of the English', () => {
    setupStore({}, { language: 'it' });
    useStore.setState({ reviewSummary: summary });
    render(<ReviewChains />);
    expect(screen.getByText(/nome del computer: non registrato/)).toBeTruthy();
    expect(screen.getByText(/formato 1: ogni riga è firmata/)).toBeTruthy();
    expect(screen.queryByText(/machine name: not recorded/)).toBeNull();
    expect(screen.queryByText(/every line is signed/)).toBeNull();
  });

  it('says it in English in an English window', () => {
    setupStore({}, { language: 'en' });
    useStore.setState({ reviewSummary: summary });
    render(<ReviewChains />);
    expect(screen.getByText(/machine name: not recorded \(files of format 1/)).toBeTruthy();
    expect(screen.getByText(/format 1: every line is signed, and every signature was checked/)).toBeTruthy();
  });
});
