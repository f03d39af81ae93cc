import { getApi } from '../api/bridge';
import { startActionResync } from './action-resync';
import { createDevicePageReader, type DevicePageReading } from './device-page-reader';
import { useStore } from './store';

/**
 * Subscribes the store to every event main pushes; returns one function that
 * unsubscribes them all. Called once by the app root.
 */
export function connectEvents(): () => void {
  const api = getApi();
  const s = () => useStore.getState();
  // Device pages come as text and are read in a worker (device-page-reader.ts), in the order they came.
  const devicePages = createDevicePageReader((reading) => receiveDevicePage(reading));
  const unsubscribers = [
    api.onSettingsChanged((settings) => s().receiveSettings(settings)),
    api.onSessionChanged((session) => s().receiveSession(session)),
    api.onDeviceCodeIssued((prompt) => s().receiveDeviceCode(prompt)),
    api.onDevicesProgress((text) => devicePages.read(text)),
    api.onActionUpdated((summary) => s().receiveAction(summary)),
    api.onTenantActionsUpdated((value) => s().receiveTenantActions(value)),
    api.onForwardingStatus((status) => s().receiveForwarding(status)),
  ];
  return () => {
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    devicePages.close();
  };
}

function receiveDevicePage(reading: DevicePageReading): void {
  if (reading.kind === 'event') s().receiveDevicesProgress(reading.payload);
  else if (reading.kind === 'unreadable') s().receiveUnreadableDevicePage(reading.problem);
  // 'dropped': a page without a load id, which no load could own (invalid-events.ts).
}

/** Start-up: subscribe first, so no event sent during the first reads is missed. */
export function startApp(): () => void {
  const disconnect = connectEvents();
  const stopResync = startActionResync();
  void s().loadApp();
  void s().loadSession();
  void s().loadOrganisation();
  return () => {
    stopResync();
    disconnect();
  };
}

function s() {
  return useStore.getState();
}
