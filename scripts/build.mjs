// Builds every entry: the Electron main process, the preload, the renderer
// (Vite), and the development-only browser host and demo-tenant CLI.
// `--only <name>[,<name>]` builds some groups (used by `npm run demo-tenant`);
// `--outdir <dir>` writes the esbuild groups elsewhere than dist/ (the
// electronegativity lint scans a fresh main and preload bundle that way).
import { build as esbuild } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const only = option('--only')?.split(',') ?? null;
const outDir = path.resolve(root, option('--outdir') ?? 'dist');
const out = (file) => path.join(outDir, file);

// Runtime dependencies stay external in main: electron-builder ships them in
// node_modules. Everything else (our own code) is bundled.
const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];
const node = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', absWorkingDir: root };
const define = { 'process.env.PASSCODE_DESK_VERSION': JSON.stringify(pkg.version) };

// The log review's worker threads (main/action-log/review-threads.ts) start from this bundle's text, read from beside the
// bundle that reviews (inside app.asar when packaged): it carries every dependency, so it requires only Node's built-ins.
const reviewWorker = (dir) => esbuild({ ...node, entryPoints: ['main/action-log/review-worker.ts'], outfile: out(`${dir}/review-worker.cjs`) });

const groups = {
  main: () => Promise.all([esbuild({ ...node, entryPoints: ['main/index.ts'], outfile: out('main/index.cjs'), external, define }), reviewWorker('main')]),
  // A sandboxed preload can require only 'electron': everything else is bundled in.
  preload: () => esbuild({ ...node, minify: true, entryPoints: ['main/preload/index.ts'], outfile: out('preload/index.cjs'), external: ['electron'] }),
  'browser-host': () =>
    Promise.all([
      esbuild({ ...node, entryPoints: ['main/browser-host/cli.ts'], outfile: out('browser-host/cli.cjs'), packages: 'external', define }),
      reviewWorker('browser-host'),
      esbuild({ bundle: true, minify: true, platform: 'browser', format: 'iife', target: 'chrome120', absWorkingDir: root, logLevel: 'warning', entryPoints: ['main/browser-host/bridge/bridge.ts'], outfile: out('browser-host/bridge.js') }),
    ]),
  // The auditor's command line (`npm run verify-logs`); the packaged app answers `--verify` with the same code.
  'verify-logs': () => Promise.all([esbuild({ ...node, entryPoints: ['main/review/verify-main.ts'], outfile: out('verify-logs/cli.cjs'), packages: 'external' }), reviewWorker('verify-logs')]),
  'demo-tenant': () => esbuild({ ...node, entryPoints: ['main/demo-tenant/cli.ts'], outfile: out('demo-tenant/cli.cjs'), packages: 'external' }),
  // `npm run bench` (docs/benchmarks.md); not part of the app or of `npm test`.
  bench: () => Promise.all([esbuild({ ...node, entryPoints: ['bench/run.ts'], outfile: out('bench/run.cjs'), packages: 'external' }), reviewWorker('bench')]),
  renderer: async () => {
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
  },
};

const unknown = (only ?? []).filter((name) => !groups[name]);
if (unknown.length > 0) {
  console.error(`Unknown build group "${unknown.join(', ')}". Known: ${Object.keys(groups).join(', ')}`);
  process.exit(2);
}
const selected = only ? Object.fromEntries(only.map((name) => [name, groups[name]])) : groups;
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
