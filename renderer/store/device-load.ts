import type { Device } from '../../shared/devices/device';
import type { EventPayload } from '../../shared/ipc/contract';
import type { AppError } from '../../shared/result';

export type DevicesProgress = EventPayload<'devicesProgress'>;

/**
 * Where loading the device list stands. Pages arrive as `devicesProgress`
 * events tagged with the load id that `loadDevices` answers with; the first
 * pages can race that answer, so they wait in `early` until the id is known.
 */
export interface DeviceLoad {
  status: 'idle' | 'loading' | 'done' | 'error';
  /** Null while `loadDevices` has not answered yet. */
  loadId: string | null;
  loaded: number;
  /** The fresh list's size when Intune told it (progress reads "N of M"), else null ("N so far"). */
  total: number | null;
  error: AppError | null;
  early: readonly DevicesProgress[];
  /**
   * Set while the table shows the list saved by the last session (warm start): when it was
   * saved. The fresh list loads meanwhile out of sight and replaces it once complete; if the
   * fresh load fails, the saved list stays, still marked.
   */
  lastSession: { savedAt: string } | null;
}

export const idleLoad: DeviceLoad = { status: 'idle', loadId: null, loaded: 0, total: null, error: null, early: [], lastSession: null };

export function startLoad(): DeviceLoad {
  return { status: 'loading', loadId: null, loaded: 0, total: null, error: null, early: [], lastSession: null };
}

export interface LoadStep {
  load: DeviceLoad;
  /** Pages to add to the shown fleet, in order. */
  pages: Device[][];
  /** Pages of the fresh list loading behind the last session's, in order. */
  freshPages: Device[][];
  /** The fresh list is complete: it replaces the shown one. */
  swap: boolean;
}

const nothing = (load: DeviceLoad): LoadStep => ({ load, pages: [], freshPages: [], swap: false });
const some = (devices: Device[]) => (devices.length > 0 ? [devices] : []);

function applyPage(load: DeviceLoad, event: DevicesProgress): LoadStep {
  if (event.lastSession !== undefined) {
    return { load: { ...load, lastSession: event.lastSession }, pages: some(event.devices), freshPages: [], swap: false };
  }
  const status = event.error !== null ? 'error' : event.done ? 'done' : 'loading';
  const next: DeviceLoad = { ...load, status, loaded: event.loaded, total: event.total ?? null, error: event.error };
  if (load.lastSession === null) return { load: next, pages: some(event.devices), freshPages: [], swap: false };
  const swap = status === 'done';
  return { load: swap ? { ...next, lastSession: null } : next, pages: [], freshPages: some(event.devices), swap };
}

/** One `devicesProgress` event: pages of another load (an older one, or a reload) are dropped. */
export function receiveProgress(load: DeviceLoad, event: DevicesProgress): LoadStep {
  if (load.status !== 'loading') return nothing(load);
  if (load.loadId === null) return nothing({ ...load, early: [...load.early, event] });
  if (event.loadId !== load.loadId) return nothing(load);
  return applyPage(load, event);
}

/** `loadDevices` answered: adopt its id and replay the pages that arrived first. */
export function loadStarted(load: DeviceLoad, loadId: string): LoadStep {
  if (load.status !== 'loading' || load.loadId !== null) return nothing(load);
  let combined: LoadStep = nothing({ ...load, loadId, early: [] });
  for (const event of load.early) {
    const step = receiveProgress(combined.load, event);
    // A swap replaces everything shown so far: the shown pages before it no longer matter.
    combined = {
      load: step.load,
      pages: step.swap ? [] : [...combined.pages, ...step.pages],
      freshPages: [...combined.freshPages, ...step.freshPages],
      swap: combined.swap || step.swap,
    };
  }
  return combined;
}

/**
 * A page came that could not be read at all (not JSON): whose it was cannot be told, so the load
 * being received stops there with the error, after the pages before it, rather than go on with a gap.
 */
export function pageUnreadable(load: DeviceLoad, error: AppError): LoadStep {
  if (load.status !== 'loading') return nothing(load);
  return nothing({ ...load, status: 'error', error, early: [] });
}

export function loadFailed(load: DeviceLoad, error: AppError): DeviceLoad {
  return { ...load, status: 'error', error, early: [] };
}
