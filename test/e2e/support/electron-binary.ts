import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds an Electron binary without `require('electron')`, which would try to
 * download one (impossible on machines without internet). ELECTRON_BIN wins;
 * otherwise the binary the electron package installed, if it did.
 */
export function findElectronBinary(): string | null {
  const fromEnv = process.env.ELECTRON_BIN;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const packageDir = path.resolve('node_modules/electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const noElectronMessage =
  'No Electron binary on this machine (node_modules/electron has no dist/ and ELECTRON_BIN is not set; it cannot be downloaded here), so the real app cannot be launched. The same flows run through the browser host.';
