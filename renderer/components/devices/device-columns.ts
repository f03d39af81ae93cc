import type { DeviceSortField } from '../../../shared/devices/device-sort';
import type { Messages } from '../../i18n/messages';

export type ColumnKey = keyof Messages['devices']['columns'];

export interface DeviceColumn {
  key: ColumnKey;
  /** The shared sort field behind this column; columns without one are not sortable. */
  sort: DeviceSortField | null;
}

export const deviceColumns: readonly DeviceColumn[] = [
  { key: 'name', sort: 'name' },
  { key: 'user', sort: 'user' },
  // What a technician matches a device on when ten users all have "Sven's iPhone".
  { key: 'serial', sort: null },
  { key: 'platform', sort: 'platform' },
  { key: 'mode', sort: null },
  { key: 'owner', sort: null },
  { key: 'compliance', sort: null },
  { key: 'lastSync', sort: 'lastSync' },
  { key: 'eligibility', sort: 'eligibility' },
];

/** Dense rows, one line each: a fixed height keeps the virtualiser exact and scrolling smooth. */
export const rowHeight = 32;
/** Room for a header on two lines: a column keeps its width and its whole name in any language ("Ultima sincr."). */
export const headerHeight = 40;

export const rowDomId = (deviceId: string) => `device-row-${deviceId}`;

/** The Device column's width is the technician's to choose (drag or arrow keys on its edge), within these bounds. */
export const nameColumn = { min: 120, max: 520, step: 24, initial: 168 } as const;

export function clampNameWidth(width: number): number {
  return Math.round(Math.min(nameColumn.max, Math.max(nameColumn.min, width)));
}
