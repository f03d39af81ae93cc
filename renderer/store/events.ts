import { getApi } from '../api/bridge';
import { startActionResync } from './action-resync';
import { useStore } from './store';

/**
 * Subscribes the store to every event main pushes; returns one function that
 * unsubscribes them all. Called once by the app root.
 */
export function connectEvents(): () => void {
  const api = getApi();
  const s = () => useStore.getState();
  const unsubscribers = [
    api.onSettingsChanged((settings) => s().receiveSettings(settings)),
    api.onSessionChanged((session) => s().receiveSession(session)),
    api.onDeviceCodeIssued((prompt) => s().receiveDeviceCode(prompt)),
    api.onDevicesProgress((event) => s().receiveDevicesProgress(event)),
    api.onActionUpdated((summary) => s().receiveAction(summary)),
    api.onTenantActionsUpdated((value) => s().receiveTenantActions(value)),
    api.onForwardingStatus((status) => s().receiveForwarding(status)),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
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
