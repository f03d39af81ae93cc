// Builds every entry: the Electron main process, the preload, the renderer
// (Vite), and the development-only browser host and demo-tenant CLI.
// `--only <name>` builds one group (used by `npm run demo-tenant`).
import { build as esbuild } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

// Runtime dependencies stay external in main: electron-builder ships them in
// node_modules. Everything else (our own code) is bundled.
const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];
const node = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', absWorkingDir: root };
const define = { 'process.env.PASSCODE_DESK_VERSION': JSON.stringify(pkg.version) };

const groups = {
  main: () => esbuild({ ...node, entryPoints: ['main/index.ts'], outfile: 'dist/main/index.cjs', external, define }),
  // A sandboxed preload can require only 'electron': everything else is bundled in.
  preload: () => esbuild({ ...node, minify: true, entryPoints: ['main/preload/index.ts'], outfile: 'dist/preload/index.cjs', external: ['electron'] }),
  'browser-host': () =>
    Promise.all([
      esbuild({ ...node, entryPoints: ['main/browser-host/cli.ts'], outfile: 'dist/browser-host/cli.cjs', packages: 'external', define }),
      esbuild({ bundle: true, minify: true, platform: 'browser', format: 'iife', target: 'chrome120', absWorkingDir: root, logLevel: 'warning', entryPoints: ['main/browser-host/bridge/bridge.ts'], outfile: 'dist/browser-host/bridge.js' }),
    ]),
  // The auditor's command line (`npm run verify-logs`); the packaged app answers `--verify` with the same code.
  'verify-logs': () => esbuild({ ...node, entryPoints: ['main/review/verify-main.ts'], outfile: 'dist/verify-logs/cli.cjs', packages: 'external' }),
  'demo-tenant': () => esbuild({ ...node, entryPoints: ['main/demo-tenant/cli.ts'], outfile: 'dist/demo-tenant/cli.cjs', packages: 'external' }),
  // `npm run bench` (docs/benchmarks.md); not part of the app or of `npm test`.
  bench: () => esbuild({ ...node, entryPoints: ['bench/run.ts'], outfile: 'dist/bench/run.cjs', packages: 'external' }),
  renderer: async () => {
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
  },
};

const selected = only ? { [only]: groups[only] } : groups;
if (only && !groups[only]) {
  console.error(`Unknown build group "${only}". Known: ${Object.keys(groups).join(', ')}`);
  process.exit(2);
}
const started = Date.now();
for (const [name, run] of Object.entries(selected)) {
  try {
    await run();
  } catch (cause) {
    console.error(`Build of ${name} failed.`);
    console.error(cause?.message ?? cause);
    process.exit(1);
  }
}
console.log(`Built ${Object.keys(selected).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
