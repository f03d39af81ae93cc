import type { BenchContext } from '../context';
import { largeLabel, withFleet, withLargeTenant } from '../large-tenant';
import type { CaseRow } from '../report';
import { deviceListCase } from './device-list';
import { searchCase } from './search';
import { windowCase } from './window';

/**
 * The largest Intune tenants (issue 19): the list load, the search and the
 * window again, on a demo tenant of `largeDevices` (500,000) devices of its
 * own. Targets: list load ratio <= 1.2, search p95 < 16 ms, the window's
 * heap once painted < 300 MB with as many rows in the DOM as at 1,000.
 */
export async function largeFleetCase(ctx: BenchContext): Promise<CaseRow[]> {
  const label = largeLabel(ctx);
  return withLargeTenant(ctx, async (tenant) => {
    const rows: CaseRow[] = [];
    const step = async (name: string, run: () => Promise<CaseRow[]>) => {
      try {
        rows.push(...(await run()));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        rows.push({ id: name, name, ours: '—', baseline: null, ratio: null, target: '', met: null, note: message, values: {} });
      }
    };
    // The list load first, before this process holds the 500,000 devices the search needs (fleet.ts says why).
    await step(`device-list-${label}`, () => deviceListCase(tenant, { id: `device-list-${label}`, ratioTarget: 1.2 }));
    const large = await withFleet(tenant);
    await step(`search-${label}`, () => searchCase(large, `search-${label}`));
    await step(`window-${label}`, () => windowCase(large, { id: `window-${label}`, heapTargetMb: 300 }));
    return rows;
  });
}
