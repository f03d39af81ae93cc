import type { Device } from '../shared/devices/device';
import { normalizeDevice } from '../shared/devices/normalize-device';
import { fetchPagesRaw } from './raw-pages';

/**
 * The demo tenant's whole fleet, normalised, in pages of the size Graph sends:
 * the input of the search case and the devices the log cases write about.
 * Loaded once per run, outside any measurement.
 */
export async function loadFleet(baseUrl: string, token: string): Promise<Device[][]> {
  const pages: Device[][] = [];
  await fetchPagesRaw(baseUrl, token, (items) => {
    pages.push(items.map(normalizeDevice).filter((device): device is Device => device !== null));
  });
  return pages;
}
