import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Device } from '../../shared/devices/device';
import { normalizeDevice } from '../../shared/devices/normalize-device';
import { err, ok, type AppError, type Result } from '../../shared/result';
import type { EventHub } from '../base/events';
import type { Logger } from '../base/logger';
import { deviceGone, graphAppError } from '../graph/graph-app-error';
import { errSaid } from '../base/said-error';
import type { GraphClient } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';
import type { DeviceListCache } from './device-list-cache';
import type { Preflight } from '../../shared/devices/preflight';
import { systemClock, type Clock } from '../base/clock';
import { runPreflight } from '../preflight/preflight-service';
import { createUnlockTokenReport } from '../preflight/unlock-token-report';
import { withWireText } from '../../shared/ipc/text-events';
import type { DeviceListWriter } from './device-list-writer';
import { devicePageText } from './device-page-text';

/**
 * The tenant's device list, loaded in the background and pushed to the
 * renderer a page at a time (`devicesProgress`), so the list crosses IPC once
 * and the first rows show while the rest load. Main keeps none of the listed
 * devices: the window has the list, the saved list is written as it loads,
 * and what main acts on (pre-flight, the action's own checks) it reads fresh
 * from Graph. Keeping 500,000 devices here was most of main's garbage-collector
 * time during a load (issue 19), for a copy nothing needed.
 */
export interface DeviceService {
  /** Starts loading the whole list (cancelling a load still running) and answers at once. */
  load(): { loadId: string };
  /** The window painted the first page of this load's saved list: the rest of it may follow (sendSaved). */
  shown(loadId: string): void;
  /** A fresh read of one device from Graph, with its passcode decision (reads of one device asked for at once share one request). */
  getFresh(deviceId: string, signal?: AbortSignal): Promise<Result<Device>>;
  /** The checks shown before the technician confirms, on a fresh read of the device; each answers "could not check" rather than fail. */
  preflight(deviceId: string): Promise<Result<Preflight>>;
  /** Resolves when the current load has ended (done, failed or cancelled); for tests and shutdown. */
  idle(): Promise<void>;
  close(): void;
}

/** Devices per `devicesProgress` event (a Graph page of 1,000 is sent as four). */
export const eventDevices = 250;

export interface DeviceServiceDeps {
  graph: GraphClient;
  events: EventHub;
  logger: Logger;
  /** The last session's list (warm start): shown first, replaced by the fresh one, saved after each complete load. */
  saved?: { cache: DeviceListCache; tenantId(): string | null; clock?: () => Date };
  /** For the pre-flight checks' polling and time limits. */
  clock?: Clock;
  reportPollMs?: number;
  /** Fetches the finished report from its storage link (tests may watch it). */
  fetch?: typeof fetch;
}

export function createDeviceService(deps: DeviceServiceDeps): DeviceService {
  const { graph, events, logger } = deps;
  // Reads of one device still waiting for Graph: the window asks for the device and its pre-flight together.
  const reading = new Map<string, Promise<Result<Device>>>();
  // Whose list this is: set at sign-in and at each load (a sign-in restored at start announces nothing).
  let signedInTenant: string | null = null;
  let current: { loadId: string; controller: AbortController; done: Promise<void> } | null = null;
  // The load whose first saved page the window said it painted, and who waits for that word.
  let shownLoadId: string | null = null;
  let whenShown: { loadId: string; resolve: () => void } | null = null;
  const clock = deps.clock ?? systemClock;
  // Kept with the list: a new load asks Intune for a new report (unlock-token-report.ts says why once per list).
  const unlockTokens = createUnlockTokenReport({ graph, clock, logger, pollMs: deps.reportPollMs, fetch: deps.fetch });

  /** Resolves once the window has painted this load's first saved page, or the load is cancelled. */
  function firstPageShown(loadId: string, signal: AbortSignal): Promise<void> {
    if (shownLoadId === loadId || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        signal.removeEventListener('abort', done);
        whenShown = null;
        resolve();
      };
      whenShown = { loadId, resolve: done };
      signal.addEventListener('abort', done);
    });
  }

  /** The last session's list, page by page, before the fresh one; false when there is none. */
  async function sendSaved(loadId: string, tenantId: string, signal: AbortSignal): Promise<boolean> {
    const saved = await deps.saved?.cache.read(tenantId);
    if (!saved || signal.aborted) return false;
    let loaded = 0;
    const lastSession = { savedAt: saved.savedAt };
    let first = true;
    for (const devices of saved.pages()) {
      if (signal.aborted) return true;
      loaded += devices.length;
      events.emit('devicesProgress', { loadId, devices, loaded, done: loaded >= saved.count, error: null, lastSession });
      // The first page is what the technician waits for. Opening the other pages at once (about 2 s of
      // CPU at 100,000 devices) took the cores the window needed to show it, so they wait until the
      // window says it painted it: on a busy machine a fixed head start was either too short or wasted.
      if (first) await firstPageShown(loadId, signal);
      else await nextTurn();
      first = false;
    }
    return true;
  }

  async function run(loadId: string, signal: AbortSignal): Promise<void> {
    let loaded = 0;
    // Intune's count of the list, while what was read has not passed it (devices enrol meanwhile).
    let total: number | null = null;
    const sizeSoFar = () => (total !== null && total >= loaded ? total : null);
    const emit = (devices: Device[], done: boolean, error: AppError | null) =>
      events.emit('devicesProgress', { loadId, devices, loaded, total: sizeSoFar(), done, error });
    const tenantId = deps.saved?.tenantId() ?? null;
    signedInTenant = tenantId ?? signedInTenant;
    // This load, saved page by page for the next start; main keeps none of its devices (see `preflight`).
    let saving: DeviceListWriter | null = null;
    try {
      if (tenantId !== null) await sendSaved(loadId, tenantId, signal);
      if (tenantId !== null && deps.saved && !signal.aborted) saving = deps.saved.cache.begin(tenantId);
      for await (const page of graph.listManagedDevices({ signal })) {
        const devices: Device[] = [];
        for (const raw of page.items) {
          const device = normalizeDevice(raw);
          if (device === null) continue; // no id: nothing anyone could act on
          devices.push(device);
        }
        if (signal.aborted) return;
        total = page.total;
        // Smaller events than Graph's pages: the window parses and checks each event in one task,
        // and a whole page of 1,000 devices made that task long enough to stall typing.
        for (let from = 0; from < devices.length || (from === 0 && page.last); from += eventDevices) {
          const slice = devices.slice(from, from + eventDevices);
          loaded += slice.length;
          // Serialised once: the same text is the event on both doors and the saved list's page.
          const text = JSON.stringify(slice);
          if (slice.length > 0) saving?.page(text, slice.length);
          const done = page.last && from + eventDevices >= devices.length;
          const payload = { loadId, devices: slice, loaded, total: sizeSoFar(), done, error: null };
          events.emit('devicesProgress', withWireText(payload, devicePageText(payload, text)));
        }
        // Let IPC and timers run between the pages of a large tenant.
        if (!page.last) await nextTurn();
        else if (saving) {
          void saving.finish((deps.saved?.clock ?? (() => new Date()))());
          saving = null;
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      const appError = graphAppError(error, 'device-list');
      logger.warn(`Loading the device list stopped after ${loaded} devices`, error instanceof GraphError ? error.message : error);
      emit([], true, {
        ...appError,
        message: `The device list could not be loaded completely (${loaded} devices read): ${appError.message}`,
      });
    } finally {
      // Stopped, failed or cancelled before its last page: the last complete list stays saved.
      void saving?.abandon();
    }
  }

  // Signing out drops the saved list of the tenant that was signed in, and what main holds of it.
  const stopListening = events.listen((event, payload) => {
    if (event !== 'sessionChanged') return;
    const status = (payload as { status: string }).status;
    if (status === 'signedIn') signedInTenant = deps.saved?.tenantId() ?? null;
    else if (status === 'signedOut') {
      current?.controller.abort();
      unlockTokens.reset();
      if (signedInTenant !== null) void deps.saved?.cache.drop(signedInTenant);
      signedInTenant = null;
    }
  });

  async function readDevice(deviceId: string, signal?: AbortSignal): Promise<Result<Device>> {
    try {
      const device = normalizeDevice(await graph.getManagedDevice(deviceId, { signal }));
      if (device === null) return errSaid('graph_error', { code: 'graphDeviceWithoutId', params: {} });
      return ok(device);
    } catch (error) {
      const appError = graphAppError(error, 'device');
      if (appError.code === 'not_found') return errSaid('not_found', deviceGone, appError.detail);
      return { ok: false, error: appError };
    }
  }

  return {
    load() {
      current?.controller.abort();
      unlockTokens.reset();
      const loadId = randomUUID();
      const controller = new AbortController();
      shownLoadId = null;
      current = { loadId, controller, done: run(loadId, controller.signal) };
      return { loadId };
    },

    shown(loadId) {
      shownLoadId = loadId;
      if (whenShown?.loadId === loadId) whenShown.resolve();
    },

    getFresh(deviceId, signal) {
      // A read with its own signal can be cancelled on its own, so only reads without one are shared.
      if (signal) return readDevice(deviceId, signal);
      const pending = reading.get(deviceId);
      if (pending) return pending;
      const read = readDevice(deviceId).finally(() => reading.delete(deviceId));
      reading.set(deviceId, read);
      return read;
    },

    async preflight(deviceId) {
      const device = await this.getFresh(deviceId);
      if (!device.ok) return device;
      return ok(await runPreflight({ graph, clock, unlockTokens }, device.value));
    },

    idle: () => current?.done ?? Promise.resolve(),
    close() {
      stopListening();
      current?.controller.abort();
      unlockTokens.reset();
    },
  };
}
