import type { Device } from '../../shared/devices/device';
import { createDeviceIndex, type DeviceIndex, type DeviceQuery } from '../../shared/devices/device-search';
import { createDeviceInterner } from '../../shared/devices/device-interner';

/**
 * The shown rows of the device table: a view of a search result. Rows are
 * read one at a time, so only the visible ones are ever touched.
 */
export interface DeviceRows {
  readonly length: number;
  device(row: number): Device;
  /** The row a device is shown at, or -1. */
  rowOf(deviceId: string): number;
}

/** The fleet: the shared search index plus lookup by id for the details panel. */
export interface Fleet {
  readonly size: number;
  add(devices: readonly Device[]): void;
  search(query: DeviceQuery): DeviceRows;
  get(deviceId: string): Device | null;
}

export const noRows: DeviceRows = {
  length: 0,
  device(row) {
    throw new RangeError(`No device at row ${row}`);
  },
  rowOf: () => -1,
};

function rowsOf(index: DeviceIndex, positions: Int32Array): DeviceRows {
  return {
    length: positions.length,
    device(row) {
      const position = positions[row];
      if (position === undefined) throw new RangeError(`No device at row ${row}`);
      return index.device(position);
    },
    rowOf(deviceId) {
      const position = index.positionOf(deviceId);
      return position === -1 ? -1 : positions.indexOf(position);
    },
  };
}

export function createFleet(): Fleet {
  const index = createDeviceIndex();
  // Devices share their repeated values (models, OS versions, decisions): a third less heap at 500,000.
  const intern = createDeviceInterner();
  return {
    get size() {
      return index.size;
    },
    add(devices) {
      index.add(devices.map(intern));
    },
    search: (query) => rowsOf(index, index.search(query)),
    get(deviceId) {
      const position = index.positionOf(deviceId);
      return position === -1 ? null : index.device(position);
    },
  };
}
