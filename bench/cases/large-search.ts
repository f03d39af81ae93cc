import type { BenchContext } from '../context';
import { largeLabel, withLargeFleet } from '../large-tenant';
import type { CaseRow } from '../report';
import { searchCase } from './search';

/**
 * Only the search of the large-fleet case (same tenant, same devices, same
 * queries, same baseline), without its ten list loads and its window runs:
 * a few minutes instead of twenty, for working on the index. Run on demand
 * (`--only large-search`); a full run measures it inside large-fleet.
 */
export async function largeSearchCase(ctx: BenchContext): Promise<CaseRow[]> {
  return withLargeFleet(ctx, (large) => searchCase(large, `search-${largeLabel(ctx)}`));
}
