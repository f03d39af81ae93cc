import type { ReviewedChain } from '../../../shared/review/review';

// How urgently an admin should look at a chain: a broken chain first, then one signed with a key
// nobody pinned, then logs cut short or never sealed, then empty ones; clean chains last.
const attention: Record<ReviewedChain['integrity']['status'], number> = { broken: 0, 'unknown-key': 1, 'torn-tail': 2, unsealed: 3, empty: 4, verified: 5 };

/**
 * The chains in the order an admin with many logs reads them: the ones that need a look first, so a
 * broken chain is never below forty clean ones. A chain whose actions are untrusted counts as needing
 * a look whatever its badge. Within a rank, main's order (by machine name) is kept.
 */
export function chainsNeedingAttentionFirst(chains: readonly ReviewedChain[]): ReviewedChain[] {
  const rank = (chain: ReviewedChain) => (chain.integrity.status === 'verified' && chain.untrustedActions > 0 ? attention.empty : attention[chain.integrity.status]);
  return chains.map((chain, index) => ({ chain, index, rank: rank(chain) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ chain }) => chain);
}
