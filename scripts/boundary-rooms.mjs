// The rooms of the source tree and, for each, the rooms and packages it may
// import (its own room always). docs/architecture.md explains the layering;
// scripts/check-boundaries.mjs enforces this table, and
// scripts/check-import-cycles.mjs keeps the rooms inside main/ and shared/ acyclic.

const reactPackages = ['react', 'react-dom', 'zustand', '@tanstack/react-virtual'];
const graphTypes = ['@microsoft/microsoft-graph-types', '@microsoft/microsoft-graph-types-beta'];

/** Main-process domains: each owns a service and the handlers of its channels. */
const domains = ['main/platform', 'main/graph', 'main/auth', 'main/action-log', 'main/actions', 'main/audits', 'main/devices', 'main/preflight', 'main/review', 'main/settings', 'main/policy', 'main/forwarding'];

export const rooms = {
  // Pure TypeScript for both processes: no Node, no DOM, no Electron.
  shared: { rooms: [], modules: ['zod', ...graphTypes] },

  // What everything in main may use: events, logger, clock, handler types, dispatch.
  'main/base': { rooms: ['shared'], modules: ['node'] },
  'main/platform': { rooms: ['shared', 'main/base'], modules: ['node'] },
  'main/auth': { rooms: ['shared', 'main/base', 'main/platform'], modules: ['node', 'zod', '@azure/msal-node'] },
  'main/graph': { rooms: ['shared', 'main/base', 'main/auth'], modules: ['node'] },
  'main/action-log': { rooms: ['shared', 'main/base', 'main/platform'], modules: ['node'] },
  'main/actions': { rooms: ['shared', 'main/base', 'main/graph'], modules: ['node'] },
  'main/audits': { rooms: ['shared', 'main/base', 'main/graph'], modules: ['node'] },
  // The device list cache keeps the last list encrypted through the platform's SecretStore.
  'main/devices': { rooms: ['shared', 'main/base', 'main/graph', 'main/platform', 'main/preflight'], modules: ['node'] },
  // Checks before a passcode action (unlock-token report, passcode requirement), read through Graph.
  'main/preflight': { rooms: ['shared', 'main/base', 'main/graph'], modules: ['node'] },
  'main/review': { rooms: ['shared', 'main/base', 'main/platform', 'main/action-log'], modules: ['node'] },
  'main/settings': { rooms: ['shared', 'main/base', 'main/platform'], modules: ['node'] },
  // The organisation's policy (read from the registry, managed preferences or a file) and the rules it sets.
  'main/policy': { rooms: ['shared', 'main/base'], modules: ['node'] },
  // Central collection: the log's synced lines to the organisation's syslog collector.
  'main/forwarding': { rooms: ['shared', 'main/base', 'main/action-log'], modules: ['node'] },

  // The Graph simulator stands in for Microsoft's cloud, so it shares no code with the client it tests.
  'main/demo-tenant': { rooms: ['shared'], modules: ['node', ...graphTypes] },

  // The wiring: services and handlers, without Electron and without the demo tenant. Only the doors import it.
  'main/core': { rooms: ['shared', 'main/base', ...domains], modules: ['node'] },
  // The demo tenant as a backend, handed to the core by the doors.
  'main/demo-backend': { rooms: ['shared', 'main/base', 'main/core', 'main/auth', 'main/actions', 'main/demo-tenant'], modules: ['node'] },

  // The Electron door: main/index.ts and its helpers, the only main code that loads electron.
  'main/index': { rooms: ['shared', 'main/base', 'main/core', 'main/demo-backend', 'main/platform', 'main/electron'], modules: ['node', 'electron'] },
  'main/electron': { rooms: ['shared', 'main/base', 'main/platform'], modules: ['node', 'electron'] },
  'main/preload': { rooms: ['shared'], modules: ['electron'] },
  // The development door: HTTP + WebSocket on loopback, and the bridge script its page loads.
  'main/browser-host': { rooms: ['shared', 'main/base', 'main/core', 'main/demo-backend', 'main/platform'], modules: ['node', 'ws'] },
  'main/browser-host/bridge': { rooms: ['shared'], modules: [] },

  // The renderer: only the store reaches renderer/api/, the one module that touches the bridge.
  'renderer/api': { rooms: ['shared'], modules: [] },
  'renderer/store': { rooms: ['shared', 'renderer/api', 'renderer/i18n'], modules: reactPackages },
  'renderer/i18n': { rooms: ['shared', 'renderer/store'], modules: reactPackages },
  'renderer/hooks': { rooms: ['shared', 'renderer/store', 'renderer/i18n'], modules: reactPackages },
  'renderer/components': { rooms: ['shared', 'renderer/store', 'renderer/i18n', 'renderer/hooks', 'renderer/styles'], modules: reactPackages },
  'renderer/styles': { rooms: [], modules: [] },
  renderer: { rooms: ['shared', 'renderer/store', 'renderer/i18n', 'renderer/hooks', 'renderer/components', 'renderer/styles'], modules: reactPackages },
};

/** The only files that may reach ipcMain, ipcRenderer or webContents.send. */
export const ipcWrapperFiles = ['main/electron/ipc-electron.ts', 'main/electron/ipc-main.ts', 'main/preload/index.ts'];

/** The only places that name the bridge object (window.passcodeDesk). */
export const bridgeFiles = ['renderer/api/', 'main/preload/', 'main/browser-host/bridge/'];

/** The room of a project path, or null when no room claims it. */
export function roomOf(file) {
  if (file === 'main/index.ts' || file === 'main/index') return 'main/index';
  if (file.startsWith('main/browser-host/bridge/')) return 'main/browser-host/bridge';
  if (file.startsWith('shared/')) return 'shared';
  const [top, second] = file.split('/');
  if (top === 'renderer') {
    const room = `renderer/${second}`;
    return rooms[room] ? room : file.split('/').length === 2 ? 'renderer' : null;
  }
  if (top === 'main' && second && file.split('/').length > 2) {
    const room = `main/${second}`;
    return rooms[room] ? room : null;
  }
  return null;
}
