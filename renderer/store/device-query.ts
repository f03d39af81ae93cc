import type { DeviceQuery } from '../../shared/devices/device-search';
import type { DeviceSort, DeviceSortField, SortDirection } from '../../shared/devices/device-sort';
import type { Platform } from '../../shared/platform/platform';

/** The quick platform filter: technicians think in families, the index in platforms. */
export const platformFamilies = ['all', 'apple', 'android', 'other'] as const;
export type PlatformFamily = (typeof platformFamilies)[number];

const familyPlatforms: Record<Exclude<PlatformFamily, 'all'>, readonly Platform[]> = {
  apple: ['ios', 'ipados'],
  android: ['android'],
  other: ['macos', 'windows', 'linux', 'chromeos', 'visionos', 'tvos', 'unknown'],
};

export interface DeviceQueryState {
  text: string;
  family: PlatformFamily;
  eligibleOnly: boolean;
  sort: DeviceSort | null;
}

export const initialQuery: DeviceQueryState = { text: '', family: 'all', eligibleOnly: false, sort: null };

export function toIndexQuery(query: DeviceQueryState): DeviceQuery {
  return {
    text: query.text,
    eligibleOnly: query.eligibleOnly,
    platforms: query.family === 'all' ? undefined : familyPlatforms[query.family],
    sort: query.sort ?? undefined,
  };
}

/**
 * The direction a first click on a header sorts in: A to Z for names, but newest first for the last
 * sync, since a technician looks for the device that checked in just now (the one in the caller's hand).
 */
const firstDirection: Record<DeviceSortField, SortDirection> = { name: 'asc', user: 'asc', platform: 'asc', lastSync: 'desc', eligibility: 'asc' };

/** Clicking a column header: its first direction, then the other, then back to the loaded order. */
export function nextSort(current: DeviceSort | null, field: DeviceSortField): DeviceSort | null {
  const first = firstDirection[field];
  if (current === null || current.field !== field) return { field, direction: first };
  return current.direction === first ? { field, direction: first === 'asc' ? 'desc' : 'asc' } : null;
}

export function isQueryEmpty(query: DeviceQueryState): boolean {
  return query.text.trim() === '' && query.family === 'all' && !query.eligibleOnly;
}
