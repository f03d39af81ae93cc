import { describe, expect, it } from 'vitest';
import type { ReviewedChain } from '../../../../../shared/review/review';
import { chainsNeedingAttentionFirst } from '../../../../../renderer/components/review/chain-order';

function chain(machineName: string, integrity: ReviewedChain['integrity'], untrustedActions = 0): ReviewedChain {
  return {
    id: machineName,
    installId: machineName,
    machineName,
    fingerprints: [],
    technicians: [],
    firstTime: null,
    lastTime: null,
    entries: 1,
    firstSeq: 1,
    lastSeq: 1,
    fromGenesis: true,
    integrity,
    findingCount: 0,
    lacks: [],
    files: [],
    actions: 1,
    untrustedActions,
  };
}

const names = (chains: readonly ReviewedChain[]) => chains.map((c) => c.machineName);

describe('the order of the review chain cards', () => {
  it('puts a broken chain before forty clean ones that sort before it by name', () => {
    const clean = Array.from({ length: 40 }, (_, i) => chain(`PC-${String(i).padStart(2, '0')}`, { status: 'verified' }));
    const broken = chain('PC-99', { status: 'broken', line: 5, kind: 'edited' });
    expect(names(chainsNeedingAttentionFirst([...clean, broken]).slice(0, 2))).toEqual(['PC-99', 'PC-00']);
  });

  it('ranks broken, unknown key, torn tail, unsealed, empty, then verified; a verified chain with untrusted actions before clean ones', () => {
    const given = [
      chain('A-verified', { status: 'verified' }),
      chain('B-empty', { status: 'empty' }),
      chain('C-unsealed', { status: 'unsealed', line: 3 }),
      chain('D-untrusted', { status: 'verified' }, 2),
      chain('E-torn', { status: 'torn-tail', line: 9 }),
      chain('F-unknown', { status: 'unknown-key', line: 1 }),
      chain('G-broken', { status: 'broken', line: 2, kind: 'deleted' }),
    ];
    expect(names(chainsNeedingAttentionFirst(given))).toEqual(['G-broken', 'F-unknown', 'E-torn', 'C-unsealed', 'B-empty', 'D-untrusted', 'A-verified']);
  });

  it("keeps main's order within a rank and leaves the given list alone", () => {
    const given = [chain('Z', { status: 'verified' }), chain('A', { status: 'verified' }), chain('M', { status: 'broken', line: 1, kind: 'edited' }), chain('B', { status: 'broken', line: 4, kind: 'edited' })];
    expect(names(chainsNeedingAttentionFirst(given))).toEqual(['M', 'B', 'Z', 'A']);
    expect(names(given)).toEqual(['Z', 'A', 'M', 'B']);
  });
});
