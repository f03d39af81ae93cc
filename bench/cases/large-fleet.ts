import type { BenchContext } from '../context';
import { largeLabel, withLargeFleet } from '../large-tenant';
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
  return withLargeFleet(ctx, async (large) => {
    const rows: CaseRow[] = [];
    const step = async (name: string, run: () => Promise<CaseRow[]>) => {
      try {
        rows.push(...(await run()));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        rows.push({ id: name, name, ours: '—', baseline: null, ratio: null, target: '', met: null, note: message, values: {} });
      }
    };
    await step(`device-list-${label}`, () => deviceListCase(large, { id: `device-list-${label}`, ratioTarget: 1.2 }));
    await step(`search-${label}`, () => searchCase(large, `search-${label}`));
    await step(`window-${label}`, () => windowCase(large, { id: `window-${label}`, heapTargetMb: 300 }));
    return rows;
  });
}
