import { describe, expect, it } from 'vitest';
import { platforms } from '../../../../shared/platform/platform';
import { createDeviceIndex, type DeviceQuery } from '../../../../shared/devices/device-search';
import { createFleet, type DeviceRows } from '../../../../renderer/store/fleet';
import { makeDevice } from '../support/fixtures';

// One device per platform, eligible and not, so the index's own filters would drop any it could.
const devices = platforms.flatMap((platform, i) => [
  makeDevice({ id: `d-${platform}`, name: `DEV-${i}`, platform }),
  makeDevice({ id: `n-${platform}`, name: `NOT-${i}`, platform, decision: { eligible: false, mode: 'macos', reasonCode: 'macos_not_supported', source: 'seed' } }),
]);

const ids = (rows: DeviceRows) => Array.from({ length: rows.length }, (_, row) => rows.device(row).id);

describe('fleet search', () => {
  it('lists every device in the order added when nothing is typed, filtered or sorted, as the index does', () => {
    const fleet = createFleet();
    fleet.add(devices.slice(0, 5));
    fleet.add(devices.slice(5));
    const index = createDeviceIndex();
    index.add(devices);
    for (const query of [{}, { text: '' }, { text: '   ' }, { platforms: [] }, { eligibleOnly: false }] satisfies DeviceQuery[]) {
      const rows = fleet.search(query);
      expect(ids(rows)).toEqual(Array.from(index.search(query), (position) => index.device(position).id));
      expect(ids(rows)).toEqual(devices.map((d) => d.id));
    }
  });

  it('keeps a listed view as it was when devices are added after it (the table shows the next one)', () => {
    const fleet = createFleet();
    fleet.add(devices.slice(0, 3));
    const rows = fleet.search({});
    fleet.add(devices.slice(3, 6));
    expect(rows.length).toBe(3);
    expect(rows.rowOf(devices[4]!.id)).toBe(-1);
    expect(() => rows.device(3)).toThrow(RangeError);
    expect(fleet.search({}).length).toBe(6);
  });

  it('says how many devices the fleet held when rows were found, not as it grows after (the toolbar\'s "N of M")', () => {
    const fleet = createFleet();
    fleet.add(devices.slice(0, 4));
    const everything = fleet.search({});
    const narrowed = fleet.search({ text: 'DEV-0' });
    fleet.add(devices.slice(4, 9));
    expect(fleet.size).toBe(9);
    expect(everything.outOf).toBe(4);
    expect(narrowed.length).toBe(1);
    expect(narrowed.outOf).toBe(4);
    expect(fleet.search({ text: 'DEV-0' }).outOf).toBe(9);
  });

  it('finds a device\'s row by id, and reads a replaced device at its place', () => {
    const fleet = createFleet();
    fleet.add(devices.slice(0, 4));
    const renamed = { ...devices[2]!, name: 'RENAMED' };
    fleet.add([renamed]);
    const rows = fleet.search({});
    expect(rows.length).toBe(4);
    expect(rows.rowOf(devices[2]!.id)).toBe(2);
    expect(rows.device(2).name).toBe('RENAMED');
    expect(rows.rowOf('no-such-device')).toBe(-1);
    expect(() => rows.device(-1)).toThrow(RangeError);
  });

  it('still narrows, filters and sorts through the index', () => {
    const fleet = createFleet();
    fleet.add(devices);
    const index = createDeviceIndex();
    index.add(devices);
    const queries: DeviceQuery[] = [{ text: 'NOT-1' }, { eligibleOnly: true }, { platforms: ['android'] }, { sort: { field: 'name', direction: 'desc' } }];
    for (const query of queries) expect(ids(fleet.search(query))).toEqual(Array.from(index.search(query), (position) => index.device(position).id));
    expect(ids(fleet.search({ platforms: ['android'] }))).toEqual(['d-android', 'n-android']);
    expect(fleet.search({ eligibleOnly: true }).length).toBe(platforms.length);
  });
});
