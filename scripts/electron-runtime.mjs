// Which executable runs the Electron door in tests: a real Electron binary
// where one exists (ELECTRON_BIN, or the one the electron package installed),
// else the electron-double from ../shared/tools (Node + Debian's Chromium,
// which is NOT Electron), else none. Run as a script it prints the path to use
// as ELECTRON_BIN (nothing when there is none), or with --json the path and its
// kind; .ci/run, scripts/test.mjs and playwright.config.ts all ask here.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The double lives beside the project (CI clones the project with shared/ next to it). */
export const doublePath = path.resolve(projectRoot, '..', 'shared', 'tools', 'electron-double', 'electron');

/** True when `binary` is the electron-double rather than an Electron build. */
export function isElectronDouble(binary) {
  try {
    return path.basename(path.dirname(realpathSync(binary))) === 'electron-double';
  } catch {
    return false;
  }
}

function installedElectron() {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** `{ binary, kind }` with kind 'electron', 'electron-double' or 'none'. */
export function resolveElectronRuntime(env = process.env) {
  const chosen = env.ELECTRON_BIN && existsSync(env.ELECTRON_BIN) ? env.ELECTRON_BIN : null;
  // An explicit choice wins, even when it is the double; otherwise a real Electron beats the double.
  const binary = chosen ?? installedElectron() ?? (existsSync(doublePath) ? doublePath : null);
  if (!binary) return { binary: null, kind: 'none' };
  return { binary, kind: isElectronDouble(binary) ? 'electron-double' : 'electron' };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { binary, kind } = resolveElectronRuntime();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ binary, kind })}\n`);
  else if (binary) process.stdout.write(`${binary}\n`);
  if (!process.argv.includes('--quiet')) process.stderr.write(
    kind === 'electron-double'
      ? `Electron door tests run on electron-double (${binary}): Node + Chromium, not Electron.\n`
      : kind === 'electron'
        ? `Electron door tests run on Electron (${binary}).\n`
        : 'No Electron binary and no electron-double: the Electron door tests will skip.\n',
  );
}
