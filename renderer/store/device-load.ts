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
  error: AppError | null;
  early: readonly DevicesProgress[];
}

export const idleLoad: DeviceLoad = { status: 'idle', loadId: null, loaded: 0, error: null, early: [] };

export function startLoad(): DeviceLoad {
  return { status: 'loading', loadId: null, loaded: 0, error: null, early: [] };
}

export interface LoadStep {
  load: DeviceLoad;
  /** Pages to add to the index, in order. */
  pages: Device[][];
}

function applyPage(load: DeviceLoad, event: DevicesProgress): DeviceLoad {
  if (event.error !== null) return { ...load, status: 'error', loaded: event.loaded, error: event.error };
  return { ...load, status: event.done ? 'done' : 'loading', loaded: event.loaded, error: null };
}

/** One `devicesProgress` event: pages of another load (an older one, or a reload) are dropped. */
export function receiveProgress(load: DeviceLoad, event: DevicesProgress): LoadStep {
  if (load.status !== 'loading') return { load, pages: [] };
  if (load.loadId === null) return { load: { ...load, early: [...load.early, event] }, pages: [] };
  if (event.loadId !== load.loadId) return { load, pages: [] };
  return { load: applyPage(load, event), pages: event.devices.length > 0 ? [event.devices] : [] };
}

/** `loadDevices` answered: adopt its id and replay the pages that arrived first. */
export function loadStarted(load: DeviceLoad, loadId: string): LoadStep {
  if (load.status !== 'loading' || load.loadId !== null) return { load, pages: [] };
  let next: DeviceLoad = { ...load, loadId, early: [] };
  const pages: Device[][] = [];
  for (const event of load.early) {
    const step = receiveProgress(next, event);
    next = step.load;
    pages.push(...step.pages);
  }
  return { load: next, pages };
}

export function loadFailed(load: DeviceLoad, error: AppError): DeviceLoad {
  return { ...load, status: 'error', error, early: [] };
}
