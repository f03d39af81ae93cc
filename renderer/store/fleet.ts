import type { Device } from '../../shared/devices/device';
import { createDeviceIndex, type DeviceIndex, type DeviceQuery } from '../../shared/devices/device-search';
import { createDeviceInterner } from '../../shared/devices/device-interner';

/**
 * The shown rows of the device table: a view of a search result. Rows are
 * read one at a time, so only the visible ones are ever touched.
 */
export interface DeviceRows {
  readonly length: number;
  /**
   * How many devices the fleet held when these rows were found. The fleet grows in place while a
   * list streams in, faster than rows are shown; "N of M" read from the fleet itself could say
   * more devices than the shown rows and the progress had been told of.
   */
  readonly outOf: number;
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
  outOf: 0,
  device(row) {
    throw new RangeError(`No device at row ${row}`);
  },
  rowOf: () => -1,
};

function rowsOf(index: DeviceIndex, positions: Int32Array): DeviceRows {
  return {
    length: positions.length,
    outOf: index.size,
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

/** Every device in the order added, as of now: no query narrows, filters or sorts. */
function isEverything(query: DeviceQuery): boolean {
  return (query.text ?? '').trim() === '' && (query.platforms ?? []).length === 0 && query.eligibleOnly !== true && query.sort === undefined;
}

/**
 * The first `length` devices of the index, in the order added: the table's
 * view while nothing is typed or filtered. No array of positions is built:
 * at 500,000 devices that copy ran on every refresh while the list loaded
 * and again once it was complete (issue 19, docs/benchmarks.md "Issue 19
 * session 6"). Devices added later are not in this view; a replaced device
 * is read at its place.
 */
function allRowsOf(index: DeviceIndex, length: number): DeviceRows {
  return {
    length,
    outOf: length,
    device(row) {
      if (!Number.isInteger(row) || row < 0 || row >= length) throw new RangeError(`No device at row ${row}`);
      return index.device(row);
    },
    rowOf(deviceId) {
      const position = index.positionOf(deviceId);
      return position < length ? position : -1;
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
    search: (query) => (isEverything(query) ? allRowsOf(index, index.size) : rowsOf(index, index.search(query))),
    get(deviceId) {
      const position = index.positionOf(deviceId);
      return position === -1 ? null : index.device(position);
    },
  };
}
