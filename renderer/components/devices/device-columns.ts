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
  { key: 'platform', sort: 'platform' },
  { key: 'mode', sort: null },
  { key: 'owner', sort: null },
  { key: 'compliance', sort: null },
  { key: 'lastSync', sort: 'lastSync' },
  { key: 'eligibility', sort: 'eligibility' },
];

/** Dense rows, one line each: a fixed height keeps the virtualiser exact and scrolling smooth. */
export const rowHeight = 32;
export const headerHeight = 30;

export const rowDomId = (deviceId: string) => `device-row-${deviceId}`;
