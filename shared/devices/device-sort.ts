import { assertNever } from '../result';
import type { Device } from './device';
import { foldText } from './fold-text';
import { platformLabels } from '../platform/platform';

export const deviceSortFields = ['name', 'user', 'platform', 'lastSync', 'eligibility'] as const;
export type DeviceSortField = (typeof deviceSortFields)[number];
export type SortDirection = 'asc' | 'desc';

export interface DeviceSort {
  field: DeviceSortField;
  direction: SortDirection;
}

const digitRun = /\d+/g;

// Padding digit runs makes a plain string comparison put "Device 9" before
// "Device 10"; Intl.Collator would too, but is several times slower at 100,000 rows.
function textKey(value: string | null): string | null {
  return value === null ? null : foldText(value).replace(digitRun, (digits) => digits.padStart(20, '0'));
}

/**
 * The value a device sorts by, compared as a plain string; null (unknown)
 * sorts last in both directions. Ascending eligibility puts eligible devices first.
 */
export function deviceSortKey(device: Device, field: DeviceSortField): string | null {
  switch (field) {
    case 'name':
      return textKey(device.name);
    case 'user':
      return textKey(device.userDisplayName ?? device.userPrincipalName);
    case 'platform':
      return device.platform === 'unknown'
        ? null
        : textKey(`${platformLabels[device.platform]} ${device.osVersion ?? ''}`);
    case 'lastSync':
      return device.lastSyncDateTime; // canonical ISO strings order as times
    case 'eligibility':
      return device.decision.eligible ? '0' : '1';
    default:
      return assertNever(field, 'sort field');
  }
}

export function compareSortKeys(a: string | null, b: string | null, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = a < b ? -1 : a > b ? 1 : 0;
  return direction === 'asc' ? order : -order;
}

/** A sorted copy; devices with equal keys keep their order (in both directions). */
export function sortDevices(devices: readonly Device[], sort: DeviceSort): Device[] {
  const keys = devices.map((device) => deviceSortKey(device, sort.field));
  return devices
    .map((_, i) => i)
    .sort((a, b) => compareSortKeys(keys[a] ?? null, keys[b] ?? null, sort.direction) || a - b)
    .map((i) => devices[i] as Device);
}
