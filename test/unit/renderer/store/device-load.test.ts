import { describe, expect, it } from 'vitest';
import { loadFailed, loadStarted, receiveProgress, startLoad, type DeviceLoad, type DevicesProgress } from '../../../../renderer/store/device-load';
import { createFleet } from '../../../../renderer/store/fleet';
import { makeDevice } from '../support/fixtures';

const page = (loadId: string, from: number, count: number, done = false): DevicesProgress => ({
  loadId,
  devices: Array.from({ length: count }, (_, i) => makeDevice({ id: `d${from + i}`, name: `DEVICE-${from + i}` })),
  loaded: from + count,
  done,
  error: null,
});

/** Runs events through the transitions into a fleet, as the devices slice does. */
function run(load: DeviceLoad, steps: Array<DevicesProgress | { started: string }>) {
  const fleet = createFleet();
  for (const step of steps) {
    const next = 'started' in step ? loadStarted(load, step.started) : receiveProgress(load, step);
    load = next.load;
    for (const devices of next.pages) fleet.add(devices);
  }
  return { load, fleet };
}

describe('device list loading', () => {
  it('accumulates pages as they arrive and ends on the last one', () => {
    const { load, fleet } = run(startLoad(), [{ started: 'L1' }, page('L1', 0, 3), page('L1', 3, 2), page('L1', 5, 1, true)]);
    expect(fleet.size).toBe(6);
    expect(load).toMatchObject({ status: 'done', loaded: 6, error: null });
  });

  it('is still loading between pages, with the count so far', () => {
    const { load, fleet } = run(startLoad(), [{ started: 'L1' }, page('L1', 0, 4)]);
    expect(load).toMatchObject({ status: 'loading', loaded: 4 });
    expect(fleet.size).toBe(4);
  });

  it("keeps the list's size when Intune told it, and goes back to none when a page has none", () => {
    const told = (p: DevicesProgress, total: number | null) => ({ ...p, total });
    const { load } = run(startLoad(), [{ started: 'L1' }, told(page('L1', 0, 4), 10)]);
    expect(load).toMatchObject({ status: 'loading', loaded: 4, total: 10 });
    expect(receiveProgress(load, told(page('L1', 4, 4), 10)).load).toMatchObject({ loaded: 8, total: 10 });
    // More devices than counted (enrolled meanwhile): main sends null, and "so far" it is again.
    expect(receiveProgress(load, told(page('L1', 4, 4), null)).load.total).toBeNull();
    // A page from an older main, without the field, is read as unknown.
    expect(receiveProgress(load, page('L1', 4, 4)).load.total).toBeNull();
    expect(startLoad().total).toBeNull();
  });

  it('keeps pages that arrive before loadDevices answers, then replays only those of its load', () => {
    const { load, fleet } = run(startLoad(), [page('OLD', 0, 5), page('L2', 0, 2), { started: 'L2' }, page('L2', 2, 2, true)]);
    expect(fleet.size).toBe(4);
    expect(load.status).toBe('done');
    expect(load.early).toEqual([]);
  });

  it('drops pages of another load', () => {
    const { load, fleet } = run(startLoad(), [{ started: 'L1' }, page('L0', 0, 9), page('L1', 0, 1)]);
    expect(fleet.size).toBe(1);
    expect(load.loaded).toBe(1);
  });

  it('stops on an error page and keeps what was loaded', () => {
    const error = { code: 'throttled' as const, message: 'Too many requests' };
    const { load, fleet } = run(startLoad(), [{ started: 'L1' }, page('L1', 0, 3), { ...page('L1', 3, 0), error }]);
    expect(load).toMatchObject({ status: 'error', error, loaded: 3 });
    expect(fleet.size).toBe(3);
    // A late page after the error changes nothing.
    expect(receiveProgress(load, page('L1', 3, 2)).pages).toEqual([]);
  });

  it('reports a failed loadDevices call', () => {
    const failed = loadFailed(startLoad(), { code: 'not_signed_in', message: 'Signed out' });
    expect(failed.status).toBe('error');
  });

  it('replaces a device sent twice instead of listing it twice', () => {
    const twice = { ...page('L1', 0, 1), devices: [makeDevice({ id: 'd0', name: 'RENAMED' })] };
    const { fleet } = run(startLoad(), [{ started: 'L1' }, page('L1', 0, 2), twice]);
    expect(fleet.size).toBe(2);
    expect(fleet.get('d0')?.name).toBe('RENAMED');
  });
});
