import { dialog, safeStorage, shell, type BrowserWindow } from 'electron';
import type { PlatformServices } from '../platform/platform-services';
import { createSafeStorageStore, type SafeStorageStore } from '../platform/safe-storage-store';
import { safeExternalUrl } from './app-origin';

/** safeStorage behind the SecretStore (see platform/safe-storage-store.ts); call after app ready. */
export function createSafeStorageSecretStore(): Promise<SafeStorageStore> {
  return createSafeStorageStore(safeStorage, process.platform);
}

export function createElectronPlatform(window: () => BrowserWindow | null): PlatformServices {
  return {
    async openExternal(url) {
      const safe = safeExternalUrl(url);
      // Only a parsed https URL without credentials reaches the OS (safeExternalUrl).
      if (safe) await shell.openExternal(safe); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    },
    async pickLogPaths(kind) {
      const owner = window();
      const options: Electron.OpenDialogOptions = {
        title: kind === 'folder' ? 'Open a folder of action logs' : 'Open action log files',
        properties: kind === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
        filters: kind === 'files' ? [{ name: 'Passcode Desk action logs', extensions: ['jsonl'] }] : undefined,
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    async pickSavePath(defaultName) {
      const owner = window();
      const options: Electron.SaveDialogOptions = { defaultPath: defaultName, filters: [{ name: 'CSV', extensions: ['csv'] }] };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
