import type { StateCreator } from 'zustand';
import type { Device } from '../../shared/devices/device';
import type { DeviceSortField } from '../../shared/devices/device-sort';
import { getApi } from '../api/bridge';
import { idleLoad, loadFailed, loadStarted, pageUnreadable, receiveProgress, startLoad, type DeviceLoad, type DevicesProgress, type LoadStep } from './device-load';
import { initialQuery, nextSort, toIndexQuery, type DeviceQueryState, type PlatformFamily } from './device-query';
import { afterNextPaint } from './after-next-paint';
import { createDeviceIngest } from './device-ingest';
import { createFleet, noRows, type DeviceRows, type Fleet } from './fleet';
import type { StoreState } from './store';

/** How often a streaming list refreshes the table and its progress (see applyStep). */
export const publishEveryMs = 250;

/**
 * The fleet lives in a mutable index (shared/devices/device-search.ts,
 * wrapped by fleet.ts) that the store holds by reference. `results` is the
 * one view components read; a new `results` object is what tells React the
 * fleet or the query changed.
 */
export interface DevicesData {
  deviceLoad: DeviceLoad;
  fleet: Fleet;
  query: DeviceQueryState;
  results: DeviceRows;
  selectedId: string | null;
}

export interface DevicesSlice extends DevicesData {
  loadDevices(): Promise<void>;
  receiveDevicesProgress(event: DevicesProgress): void;
  /** A device page that was not JSON at all (device-page-reader.ts): the load stops there with a clear error. */
  receiveUnreadableDevicePage(problem: string): void;
  setSearchText(text: string): void;
  setFamily(family: PlatformFamily): void;
  setEligibleOnly(eligibleOnly: boolean): void;
  toggleSort(field: DeviceSortField): void;
  clearQuery(): void;
  select(deviceId: string | null): void;
  /** Moves the selection by `delta` rows in the shown order (clamped); returns the new row, or -1 when nothing is shown. */
  moveSelection(delta: number): number;
  /** Puts a device fetched on its own (getDevice) into the fleet. */
  upsertDevice(device: Device): void;
}

export function initialDevicesData(): DevicesData {
  return { deviceLoad: idleLoad, fleet: createFleet(), query: initialQuery, results: noRows, selectedId: null };
}

export const createDevicesSlice: StateCreator<StoreState, [], [], DevicesSlice> = (set, get) => {
  const runSearch = (query: DeviceQueryState = get().query): DeviceRows => get().fleet.search(toIndexQuery(query));

  // While a list streams in, its pages go into the fleet in slices (device-ingest.ts), and the table
  // and the progress are shown at most every `publishEveryMs`: re-running the search over the whole
  // fleet and re-rendering for every event kept the window too busy to answer the keyboard.
  // The last event (done or failed) is shown once its devices are in. A keystroke searches the
  // fleet as it is, and its results are painted before anything more is added or shown.
  const ingest = createDeviceIngest();
  // The load as of the last event received (the next event follows from it); null: the store's.
  let receivedLoad: DeviceLoad | null = null;
  // The load as of the last event whose devices are all in the fleet: what publish shows.
  let appliedLoad: DeviceLoad | null = null;
  // The load last put in the store: when the store holds another (signed out, reset), what is pending is stale.
  let shownLoad: DeviceLoad | null = null;
  let publishTimer: ReturnType<typeof setTimeout> | null = null;
  let grew = false;
  // The fresh list, filled out of sight while the last session's list is shown (warm start).
  let freshFleet: Fleet | null = null;
  // The load whose first saved page main was told is painted (warm start: main holds the rest until then).
  let acknowledgedLoadId: string | null = null;
  // Bumped whenever what is pending is dropped: a paint asked for before it belongs to no load now.
  let loadGeneration = 0;
  // Counts loadDevices calls: only the latest call's answer names the load main is sending.
  let loadCalls = 0;
  function dropPending() {
    if (publishTimer !== null) clearTimeout(publishTimer);
    publishTimer = null;
    ingest.clear();
    // A new load (a reload, or after a sign-out) is acknowledged afresh, whatever id main gives it.
    acknowledgedLoadId = null;
    loadGeneration++;
    receivedLoad = null;
    appliedLoad = null;
    grew = false;
  }
  const stale = () => get().deviceLoad !== shownLoad && shownLoad !== null;
  const currentLoad = () => {
    if (stale()) {
      // Signed out or reset since: nothing pending (nor a fresh list being filled) belongs to the store's load.
      dropPending();
      freshFleet = null;
      shownLoad = null;
    }
    return receivedLoad ?? get().deviceLoad;
  };
  const publish = () => {
    if (stale()) return void currentLoad();
    const load = appliedLoad ?? get().deviceLoad;
    const results = grew ? runSearch() : get().results;
    if (publishTimer !== null) clearTimeout(publishTimer);
    publishTimer = null;
    grew = false;
    if (receivedLoad === appliedLoad) receivedLoad = null;
    appliedLoad = null;
    shownLoad = load;
    set({ deviceLoad: load, results });
    get().refreshOpenedFromFleet();
  };
  const publishSoon = () => {
    publishTimer = null;
    ingest.whenFree(publish);
  };

  const acknowledgeShown = (load: DeviceLoad) => {
    const { loadId } = load;
    if (load.lastSession === null || loadId === null || loadId === acknowledgedLoadId) return;
    acknowledgedLoadId = loadId;
    // Only for the load still shown: a sign-out or reload before the paint makes it nobody's.
    const generation = loadGeneration;
    afterNextPaint(() => {
      if (generation === loadGeneration && !stale()) void getApi().devicesShown({ loadId });
    });
  };

  /** Once a step's devices are all in: swap in a complete fresh list, and show (now or soon). */
  const stepApplied = (step: LoadStep, first: boolean) => {
    if (stale()) return void currentLoad();
    appliedLoad = step.load;
    grew ||= step.pages.length > 0;
    if (step.swap) {
      const fleet = freshFleet ?? createFleet();
      freshFleet = null;
      grew = true;
      set({ fleet });
      shownLoad = get().deviceLoad;
    }
    if (step.load.status !== 'loading' || first) ingest.whenFree(publish);
    else publishTimer ??= setTimeout(publishSoon, publishEveryMs);
    if (first) acknowledgeShown(step.load);
  };

  const applyStep = (step: LoadStep) => {
    // The first rows are shown at once: the technician can start at the top while the rest load.
    const first = get().fleet.size === 0 && !ingest.pending && step.pages.length > 0;
    if (receivedLoad === null) shownLoad = get().deviceLoad;
    receivedLoad = step.load;
    // The fleets as they are now: a reload or a sign-out replaces them and drops what is queued.
    const shownFleet = get().fleet;
    if (step.freshPages.length > 0) freshFleet ??= createFleet();
    const freshTarget = freshFleet;
    const shown = step.pages.map((devices) => ({ devices, into: () => shownFleet }));
    const fresh = step.freshPages.map((devices) => ({ devices, into: () => freshTarget! }));
    ingest.enqueue([...shown, ...fresh], () => stepApplied(step, first));
  };

  const setQuery = (query: DeviceQueryState) => {
    set({ query, results: runSearch(query) });
    ingest.holdUntilPainted();
  };

  return {
    ...initialDevicesData(),
    async loadDevices() {
      // A reload starts from an empty fleet so devices removed from Intune disappear.
      dropPending();
      freshFleet = null;
      const call = ++loadCalls;
      set({ deviceLoad: startLoad(), fleet: createFleet(), results: noRows });
      const result = await getApi().loadDevices({});
      // Another load began while this call was out (a reload, a second sign-in): main has already
      // dropped the load this answer names, so adopting its id would wait forever for its pages.
      if (call !== loadCalls) return;
      if (result.ok) applyStep(loadStarted(currentLoad(), result.value.loadId));
      else {
        dropPending();
        set({ deviceLoad: loadFailed(get().deviceLoad, result.error) });
      }
    },
    receiveDevicesProgress(event) {
      applyStep(receiveProgress(currentLoad(), event));
    },
    receiveUnreadableDevicePage(problem) {
      const error = {
        code: 'internal',
        message: `A page of devices sent by the app's main process could not be read (${problem}), so the list stops before it rather than leave those devices out.`,
        say: { code: 'devicePageUnreadable', params: {} },
      } as const;
      applyStep(pageUnreadable(currentLoad(), error));
    },
    setSearchText(text) {
      setQuery({ ...get().query, text });
    },
    setFamily(family) {
      setQuery({ ...get().query, family });
    },
    setEligibleOnly(eligibleOnly) {
      setQuery({ ...get().query, eligibleOnly });
    },
    toggleSort(field) {
      const { query } = get();
      setQuery({ ...query, sort: nextSort(query.sort, field) });
    },
    clearQuery() {
      setQuery({ ...get().query, text: '', family: 'all', eligibleOnly: false });
    },
    select(deviceId) {
      set({ selectedId: deviceId });
    },
    moveSelection(delta) {
      const { results, selectedId } = get();
      if (results.length === 0) return -1;
      const current = selectedId === null ? -1 : results.rowOf(selectedId);
      // With no selection, moving down starts above the first row and moving up below the last.
      const from = current !== -1 ? current : delta > 0 ? -1 : results.length;
      const target = Math.min(results.length - 1, Math.max(0, from + delta));
      set({ selectedId: results.device(target).id });
      return target;
    },
    upsertDevice(device) {
      get().fleet.add([device]);
      set({ results: runSearch() });
    },
  };
};
