// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CentralComparison } from '../../../../../shared/log/review-result';
import { CentralComparisons } from '../../../../../renderer/components/review/CentralComparisons';
import { useStore } from '../../../../../renderer/store/store';
import { setupStore } from '../../support/render-setup';

const comparison: CentralComparison = {
  installId: 'install-1',
  machineName: 'DESK-A',
  centralFiles: ['/var/log/desk.log'],
  localFiles: ['/logs/2026-11.jsonl'],
  from: 1,
  to: 1200,
  same: 1196,
  missingCentrally: 1,
  onlyCentrally: 1,
  differing: 1,
  findings: [
    { kind: 'only-centrally', seq: 1005, local: null, central: { file: '/var/log/desk.log', line: 9 }, reason: 'deleted-locally' },
    { kind: 'differs', seq: 1100, local: { file: '/logs/2026-11.jsonl', line: 40 }, central: { file: '/var/log/desk.log', line: 50 }, reason: 'edited' },
    { kind: 'missing-centrally', seq: 1200, local: { file: '/logs/2026-11.jsonl', line: 99 }, central: null, reason: 'after-central-end' },
  ],
};

describe('the central-copy comparison', () => {
  it('says each difference in Italian, numbers in the Italian format', () => {
    setupStore({}, { language: 'it' });
    useStore.setState({ reviewSummary: { comparisons: [comparison] } as never });
    render(<CentralComparisons />);
    expect(screen.getByText(/la voce 1\.005 è solo nella copia centrale; il registro locale l’ha persa: eliminata/)).toBeTruthy();
    expect(screen.getByText(/la voce 1\.100 è diversa in locale e al centro/)).toBeTruthy();
    expect(screen.getByText(/la voce 1\.200 è nel registro locale ma non al raccoglitore: scritta dopo l’ultima voce/)).toBeTruthy();
    expect(screen.queryByText(/only in the central copy/)).toBeNull();
  });

  it('says them in English in an English window', () => {
    setupStore({}, { language: 'en' });
    useStore.setState({ reviewSummary: { comparisons: [comparison] } as never });
    render(<CentralComparisons />);
    expect(screen.getByText(/entry 1,005 is only in the central copy; the local log has lost it: deleted/)).toBeTruthy();
  });
});
