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

describe('the review chains: findings and skipped paths, worded from their codes', () => {
  const tampered: ReviewedChain = {
    ...oldChain,
    integrity: { status: 'broken', line: 3, kind: 'inserted' },
    findingCount: 1,
    files: [
      {
        ...oldChain.files[0]!,
        integrity: { status: 'broken', line: 3, kind: 'inserted' },
        findings: [{ kind: 'inserted', file: '/logs/2025-01.jsonl', line: 3, say: { code: 'linksPast', params: { line: '4' } }, also: { code: 'badSignature', params: {} } }],
        findingCount: 1,
      },
    ],
  };
  const withFindings = {
    ...summary,
    chains: [tampered],
    skipped: [
      { path: '/logs/actions-2025-02.jsonl', reason: { code: 'folder', params: {} } },
      { path: '/logs/gone.jsonl', reason: { code: 'cannotRead', params: { cause: 'EACCES' } } },
    ],
  } satisfies ReviewSummary;

  it('in Italian: both reasons of a finding and each skip reason, none of the English', () => {
    setupStore({}, { language: 'it' });
    useStore.setState({ reviewSummary: withFindings });
    render(<ReviewChains />);
    expect(screen.getByText(/la riga 4 rimanda oltre questa riga: questa è stata inserita; la firma non corrisponde alla voce/)).toBeTruthy();
    expect(screen.getByText(/una cartella con il nome di un file di registro/)).toBeTruthy();
    expect(screen.getByText(/non si può leggere \(accesso negato, codice EACCES\): controlla che esista/)).toBeTruthy();
    expect(screen.queryByText(/links past this line|signature does not match|a folder named like|cannot be read/)).toBeNull();
    // The finding's kind by its Italian name, not the raw word the log format uses.
    expect(screen.getByText('Inserita', { selector: '.finding-kind' })).toBeTruthy();
    expect(screen.queryByText('inserted')).toBeNull();
  });

  it('in English, as verify-logs says it', () => {
    setupStore({}, { language: 'en' });
    useStore.setState({ reviewSummary: withFindings });
    render(<ReviewChains />);
    expect(screen.getByText(/line 4 links past this line, so it was inserted; the signature does not match the entry/)).toBeTruthy();
    expect(screen.getByText(/cannot be read \(access denied, code EACCES\)/)).toBeTruthy();
    expect(screen.getByText('Inserted', { selector: '.finding-kind' })).toBeTruthy();
  });
});

describe('the review chains: what needs a look comes first', () => {
  it('shows a broken chain above a clean one whose machine name sorts first', () => {
    const clean: ReviewedChain = { ...oldChain, id: 'install-a', installId: 'install-a', machineName: 'HELPDESK-PC-01' };
    const broken: ReviewedChain = { ...oldChain, id: 'install-b', installId: 'install-b', machineName: 'HELPDESK-PC-02', integrity: { status: 'broken', line: 5, kind: 'edited' }, untrustedActions: 1 };
    setupStore({}, { language: 'en' });
    useStore.setState({ reviewSummary: { ...summary, chains: [clean, broken] } });
    render(<ReviewChains />);
    const cards = screen.getAllByTestId('chain');
    expect(cards.map((card) => card.querySelector('.chain-machine')?.textContent)).toEqual(['HELPDESK-PC-02', 'HELPDESK-PC-01']);
  });
});

describe('the review chains: how many actions are untrusted', () => {
  const withUntrusted = (n: number): ReviewSummary => ({ ...summary, chains: [{ ...oldChain, integrity: { status: 'broken', line: 3, kind: 'edited' }, untrustedActions: n }], untrustedActions: n });

  it('agrees with one untrusted action in Italian, and with several', () => {
    setupStore({}, { language: 'it' });
    useStore.setState({ reviewSummary: withUntrusted(1) });
    const { unmount } = render(<ReviewChains />);
    expect(screen.getByText(/1 non affidabile$/)).toBeTruthy();
    unmount();
    useStore.setState({ reviewSummary: withUntrusted(2) });
    render(<ReviewChains />);
    expect(screen.getByText(/2 non affidabili$/)).toBeTruthy();
  });

  it('says the count in English in an English window', () => {
    setupStore({}, { language: 'en' });
    useStore.setState({ reviewSummary: withUntrusted(1) });
    render(<ReviewChains />);
    expect(screen.getByText(/1 untrusted$/)).toBeTruthy();
  });
});

describe('the review chains: fifty machines fit in a few screens', () => {
  // A clean, modern chain: verified, nothing lacking, every action trusted.
  const cleanChain = (n: number): ReviewedChain => ({ ...oldChain, id: `install-${n}`, installId: `install-${n}`, machineName: `HD-PC-${String(n).padStart(2, '0')}`, lacks: [] });
  const folded = (card: HTMLElement) => card.querySelector('details.chain-fold');

  it('folds each clean chain to one line when there are many, and keeps anything that needs a look open', () => {
    const broken: ReviewedChain = { ...cleanChain(7), integrity: { status: 'broken', line: 6, kind: 'edited' }, untrustedActions: 1 };
    const lacking: ReviewedChain = { ...cleanChain(8), lacks: ['no-machine-name'] };
    const chains = [...Array.from({ length: 48 }, (_, i) => cleanChain(i + 10)), broken, lacking];
    setupStore({}, { language: 'en' });
    useStore.setState({ reviewSummary: { ...summary, chains, totalActions: 300 } });
    render(<ReviewChains />);
    const cards = screen.getAllByTestId('chain');
    expect(cards).toHaveLength(50);
    // The broken chain leads, open; the chain lacking a fact is open too.
    expect(cards[0]!.querySelector('.chain-machine')?.textContent).toBe('HD-PC-07');
    expect(folded(cards[0]!)).toBeNull();
    const lackingCard = cards.find((card) => card.querySelector('.chain-machine')?.textContent === 'HD-PC-08')!;
    expect(folded(lackingCard)).toBeNull();
    // Every clean chain is folded, closed, with its verdict, machine and actions on its one line.
    const clean = cards.filter((card) => /HD-PC-[1-5]\d/.test(card.querySelector('.chain-machine')?.textContent ?? ''));
    expect(clean).toHaveLength(48);
    for (const card of clean) {
      const details = folded(card) as HTMLDetailsElement | null;
      expect(details).not.toBeNull();
      expect(details!.open).toBe(false);
      expect(details!.querySelector('summary')?.textContent).toMatch(/^✓ Verified.*HD-PC-\d\d6 actions$/);
      // The whole card is still there, one click away.
      expect(details!.textContent).toContain('tech@contoso.com');
    }
  });

  it('shows every card whole when there are few', () => {
    setupStore({}, { language: 'en' });
    useStore.setState({ reviewSummary: { ...summary, chains: [cleanChain(1), cleanChain(2)] } });
    render(<ReviewChains />);
    for (const card of screen.getAllByTestId('chain')) expect(folded(card)).toBeNull();
  });
});
