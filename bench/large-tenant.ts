import type { BenchContext } from './context';
import { loadFleet } from './fleet';
import { startTenantProcess } from './tenant/tenant-process';

/**
 * Runs `fn` with a context whose tenant and fleet are a demo tenant of
 * `largeDevices` (500,000) devices of its own, loaded through Graph as the
 * 100,000-device fleet is. The large-fleet case and the search-only
 * large-search case share it, so both search the very same devices.
 */
export async function withLargeFleet<T>(ctx: BenchContext, fn: (large: BenchContext) => Promise<T>): Promise<T> {
  const devices = ctx.options.sizes.largeDevices;
  const tenant = await startTenantProcess(devices);
  try {
    const fleet = await loadFleet(tenant.url, tenant.token);
    const fleetSize = fleet.reduce((n, page) => n + page.length, 0);
    return await fn({ ...ctx, tenant, fleet, fleetSize, options: { ...ctx.options, sizes: { ...ctx.options.sizes, devices } } });
  } finally {
    await tenant.close();
  }
}

/** "500k" for 500,000: the suffix of the large cases' row ids. */
export function largeLabel(ctx: BenchContext): string {
  return `${Math.round(ctx.options.sizes.largeDevices / 1000)}k`;
}
