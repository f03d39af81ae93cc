import type { Device } from '../../shared/devices/device';
import { createDeviceIndex, type DeviceIndex, type DeviceQuery } from '../../shared/devices/device-search';

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

function rowsOf(index: DeviceIndex, positions: Int32Array, positionById: ReadonlyMap<string, number>): DeviceRows {
  return {
    length: positions.length,
    device(row) {
      const position = positions[row];
      if (position === undefined) throw new RangeError(`No device at row ${row}`);
      return index.device(position);
    },
    rowOf(deviceId) {
      const position = positionById.get(deviceId);
      return position === undefined ? -1 : positions.indexOf(position);
    },
  };
}

export function createFleet(): Fleet {
  const index = createDeviceIndex();
  // Mirrors the index's own placement: a new id goes at the end, a known one keeps its position.
  const positionById = new Map<string, number>();
  return {
    get size() {
      return positionById.size;
    },
    add(devices) {
      index.add(devices);
      for (const device of devices) if (!positionById.has(device.id)) positionById.set(device.id, positionById.size);
    },
    search: (query) => rowsOf(index, index.search(query), positionById),
    get(deviceId) {
      const position = positionById.get(deviceId);
      return position === undefined ? null : index.device(position);
    },
  };
}
