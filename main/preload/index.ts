import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../../shared/ipc/api';
import { ipcChannelPrefix, ipcEventPrefix } from '../../shared/ipc/contract';

// The narrow bridge: one API object built from the contract, exposed under one
// name. The renderer never sees ipcRenderer, channel names or a generic send.
const api = createApi({
  invoke: (channel, request) => ipcRenderer.invoke(`${ipcChannelPrefix}${channel}`, request),
  subscribe: (event, listener) => {
    const wire = `${ipcEventPrefix}${event}`;
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(wire, handler);
    return () => ipcRenderer.removeListener(wire, handler);
  },
});

contextBridge.exposeInMainWorld('passcodeDesk', api);
