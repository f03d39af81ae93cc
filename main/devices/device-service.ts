import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Device } from '../../shared/devices/device';
import { normalizeDevice } from '../../shared/devices/normalize-device';
import { err, ok, type AppError, type Result } from '../../shared/result';
import type { EventHub } from '../base/events';
import type { Logger } from '../base/logger';
import { deviceGoneMessage, graphAppError } from '../graph/graph-app-error';
import type { GraphClient } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';

/**
 * The tenant's device list, loaded in the background and pushed to the
 * renderer a page at a time (`devicesProgress`), so the list crosses IPC once
 * and the first rows show while the rest load. Main keeps its own map by id.
 */
export interface DeviceService {
  /** Starts loading the whole list (cancelling a load still running) and answers at once. */
  load(): { loadId: string };
  /** A fresh read of one device from Graph, with its passcode decision; updates the map. */
  getFresh(deviceId: string, signal?: AbortSignal): Promise<Result<Device>>;
  /** The device as last loaded or read, if any. */
  get(deviceId: string): Device | undefined;
  /** Resolves when the current load has ended (done, failed or cancelled); for tests and shutdown. */
  idle(): Promise<void>;
  close(): void;
}

export interface DeviceServiceDeps {
  graph: GraphClient;
  events: EventHub;
  logger: Logger;
}

export function createDeviceService(deps: DeviceServiceDeps): DeviceService {
  const { graph, events, logger } = deps;
  const byId = new Map<string, Device>();
  let current: { loadId: string; controller: AbortController; done: Promise<void> } | null = null;

  async function run(loadId: string, signal: AbortSignal): Promise<void> {
    let loaded = 0;
    const emit = (devices: Device[], done: boolean, error: AppError | null) =>
      events.emit('devicesProgress', { loadId, devices, loaded, done, error });
    try {
      for await (const page of graph.listManagedDevices({ signal })) {
        const devices: Device[] = [];
        for (const raw of page.items) {
          const device = normalizeDevice(raw);
          if (device === null) continue; // no id: nothing anyone could act on
          byId.set(device.id, device);
          devices.push(device);
        }
        loaded += devices.length;
        if (signal.aborted) return;
        emit(devices, page.last, null);
        // Let IPC and timers run between the pages of a large tenant.
        if (!page.last) await nextTurn();
      }
    } catch (error) {
      if (signal.aborted) return;
      const appError = graphAppError(error, 'device-list');
      logger.warn(`Loading the device list stopped after ${loaded} devices`, error instanceof GraphError ? error.message : error);
      emit([], true, {
        ...appError,
        message: `The device list could not be loaded completely (${loaded} devices read): ${appError.message}`,
      });
    }
  }

  return {
    load() {
      current?.controller.abort();
      // A device deleted from Intune since the last load must not linger here.
      byId.clear();
      const loadId = randomUUID();
      const controller = new AbortController();
      current = { loadId, controller, done: run(loadId, controller.signal) };
      return { loadId };
    },

    async getFresh(deviceId, signal) {
      try {
        const device = normalizeDevice(await graph.getManagedDevice(deviceId, { signal }));
        if (device === null) return err('graph_error', 'Microsoft Graph sent a device without an id');
        byId.set(device.id, device);
        return ok(device);
      } catch (error) {
        const appError = graphAppError(error, 'device');
        if (appError.code === 'not_found') {
          byId.delete(deviceId);
          return err('not_found', deviceGoneMessage, appError.detail);
        }
        return { ok: false, error: appError };
      }
    },

    get: (deviceId) => byId.get(deviceId),
    idle: () => current?.done ?? Promise.resolve(),
    close() {
      current?.controller.abort();
    },
  };
}
