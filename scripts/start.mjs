// `npm start`: build, then run the Electron app. Where no Electron binary can
// be had (machines without internet access), say so plainly and point at the
// browser host instead of failing with a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  if (process.env.ELECTRON_BIN && existsSync(process.env.ELECTRON_BIN)) return process.env.ELECTRON_BIN;
  const pathFile = path.resolve('node_modules/electron/path.txt');
  if (existsSync(pathFile)) {
    const binary = path.resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(binary)) return binary;
  }
  return null;
}

let binary = electronBinary();
if (!binary) {
  // Electron 42+ downloads its binary on first use; try once, quietly.
  const fetch = spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'ignore', timeout: 120_000 });
  binary = fetch.status === 0 ? electronBinary() : null;
}
if (!binary) {
  console.log(`
Passcode Desk could not start its desktop window: the Electron runtime is not
installed and could not be downloaded on this machine (no internet access to
Electron's release files). Everything else is built. To use the app here, run
\`npm run dev:browser\` and open the URL it prints: it serves the same window
and the same main-process core to a local browser, on the demo tenant.
`);
  process.exit(1);
}
const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
