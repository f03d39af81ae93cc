import { ok } from '../../shared/result';
import type { HandlerGroup } from '../base/ipc/handlers';
import type { DeviceService } from './device-service';

/** `loadDevices` answers at once with the load's id; the devices follow as `devicesProgress` events. */
export function deviceHandlers(devices: DeviceService): HandlerGroup<'loadDevices' | 'getDevice'> {
  return {
    loadDevices: () => ok(devices.load()),
    getDevice: ({ deviceId }) => devices.getFresh(deviceId),
  };
}
