import type { Device } from '../shared/devices/device';
import { normalizeDevice } from '../shared/devices/normalize-device';
import { fetchPagesRaw } from './raw-pages';

/**
 * The demo tenant's whole fleet, normalised, in pages of the size Graph sends:
 * the input of the search case and the devices the log cases write about.
 * Loaded outside any measurement, and only for the cases that read it (run.ts
 * `readsFleet`): a list load must not run beside it, see `listLoadCases`.
 */
export async function loadFleet(baseUrl: string, token: string, expected: number): Promise<Device[][]> {
  const pages: Device[][] = [];
  await fetchPagesRaw(baseUrl, token, (items) => {
    pages.push(items.map(normalizeDevice).filter((device): device is Device => device !== null));
  });
  const size = pages.reduce((n, page) => n + page.length, 0);
  if (size !== expected) throw new Error(`the demo tenant listed ${size} devices, not ${expected}`);
  return pages;
}

/**
 * The cases that time main loading a device list in this process (device-list, and large-fleet's).
 * Before them the bench drops its copy of the fleet. Held, it made each full collection of our side's
 * load mark 100,000 (with large-fleet's own, 600,000) normalised devices that the app's main never
 * holds (it keeps none of the listed devices): about a third of our side's CPU in the 100,000 load
 * (docs/benchmarks.md, "Issue 19 session 11: device list"). The baseline allocates too little to
 * start a full collection, so the copy weighed on our side only.
 */
export const listLoadCases: ReadonlySet<string> = new Set(['device-list', 'large-fleet']);

/** The cases that read `ctx.fleet` (the others never touch it). */
export const fleetReadingCases: ReadonlySet<string> = new Set(['search', 'typing', 'log-append', 'log-review', 'log-review-chains', 'log-review-reopen', 'action', 'forwarding']);
