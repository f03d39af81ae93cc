import type { BenchContext } from './context';
import { loadFleet } from './fleet';
import { startTenantProcess } from './tenant/tenant-process';

/**
 * Runs `fn` with a context whose tenant is a demo tenant of `largeDevices`
 * (500,000) devices of its own, and whose fleet is not loaded yet (empty):
 * the large-fleet case times its list load first, with no copy of the fleet in
 * this process (fleet.ts `listLoadCases`), then loads it (`withFleet`).
 */
export async function withLargeTenant<T>(ctx: BenchContext, fn: (large: BenchContext) => Promise<T>): Promise<T> {
  const devices = ctx.options.sizes.largeDevices;
  const tenant = await startTenantProcess(devices);
  try {
    return await fn({ ...ctx, tenant, fleet: [], fleetSize: devices, options: { ...ctx.options, sizes: { ...ctx.options.sizes, devices } } });
  } finally {
    await tenant.close();
  }
}

/** The same context with its tenant's fleet loaded through Graph, as the 100,000-device fleet is. */
export async function withFleet(ctx: BenchContext): Promise<BenchContext> {
  return { ...ctx, fleet: await loadFleet(ctx.tenant.url, ctx.tenant.token, ctx.fleetSize) };
}

/**
 * The large tenant with its fleet loaded: the large-fleet case's search and window and the
 * search-only large-search case share it, so both search the very same devices.
 */
export function withLargeFleet<T>(ctx: BenchContext, fn: (large: BenchContext) => Promise<T>): Promise<T> {
  return withLargeTenant(ctx, async (large) => fn(await withFleet(large)));
}

/** "500k" for 500,000: the suffix of the large cases' row ids. */
export function largeLabel(ctx: BenchContext): string {
  return `${Math.round(ctx.options.sizes.largeDevices / 1000)}k`;
}
