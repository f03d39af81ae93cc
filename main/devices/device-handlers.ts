import { ok } from '../../shared/result';
import { channelGroup } from '../base/ipc/handlers';
import type { DeviceService } from './device-service';

/** `loadDevices` answers at once with the load's id; the devices follow as `devicesProgress` events. */
export const deviceHandlers = channelGroup<DeviceService>()({
  loadDevices: (devices) => () => ok(devices.load()),
  devicesShown: (devices) => ({ loadId }) => {
    devices.shown(loadId);
    return ok({});
  },
  getDevice: (devices) => ({ deviceId }) => devices.getFresh(deviceId),
  getPreflight: (devices) => ({ deviceId }) => devices.preflight(deviceId),
});
