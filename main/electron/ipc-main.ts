import { ipcMain } from 'electron';
import { registerElectronIpc } from './ipc-electron';

type RegisterArgs = Parameters<typeof registerElectronIpc> extends [unknown, ...infer Rest] ? Rest : never;

/**
 * The wrapper on Electron's own ipcMain, for main/index.ts, which never names
 * ipcMain itself. Tests call registerElectronIpc with a fake instead.
 */
export function registerIpc(...args: RegisterArgs): void {
  registerElectronIpc(ipcMain, ...args);
}
