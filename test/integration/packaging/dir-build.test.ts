import { extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMonthFiles } from '../../../main/action-log/log-files';
import { runStretches } from '../../../main/action-log/review-threads';
import { trackedOf } from '../../../main/action-log/row-blocks';
import { openLog, writeActions } from '../action-log/log-fixtures';

/**
 * A real electron-builder run (`--dir --linux`) on the real config and the
 * built dist/, offline: Electron itself is a stand-in folder (electronDist),
 * so this proves the file globs, asar packing, production dependencies and
 * fuses, not a runnable app. Then the packaged main bundle is run from the
 * unpacked asar under a stand-in `electron` module to prove that its entry,
 * preload and renderer paths resolve inside the package.
 */
const root = process.cwd();
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; version: string; productName: string };
const entries = [pkg.main, 'dist/preload/index.cjs', 'dist/renderer/index.html'];
/** A fuse's byte in the wire: ASCII '0' off, '1' on (@electron/fuses does not export these). */
const fuse = { off: 48, on: 49 };

/** npm test builds before Vitest runs; on its own, this test builds what is missing, or says why it cannot. */
function whyNotBuilt(): string | null {
  if (entries.every((file) => existsSync(path.join(root, file)))) return null;
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
  const missing = entries.filter((file) => !existsSync(path.join(root, file)));
  return missing.length === 0 ? null : `dist/ is not built (${missing.join(', ')} missing) and \`node scripts/build.mjs\` failed: ${(build.stderr || build.stdout).trim().split('\n')[0]}`;
}
const notBuilt = whyNotBuilt();

/**
 * The stand-in Electron: an executable carrying the fuse wire real Electron
 * binaries have (sentinel, version 1, length, one byte per fuse, '1' = on),
 * set as Electron 45 ships it, so electron-builder's fuse flipping runs.
 */
function makeStandInElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const shippedFuses = '10110001'; // runAsNode, cookieEncryption, nodeOptions, cliInspect, asarIntegrity, onlyAsar, v8Snapshot, fileProtocol
  const binary = Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in Electron"\n'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, shippedFuses.length]), Buffer.from(shippedFuses)]);
  writeFileSync(path.join(dir, 'electron'), binary, { mode: 0o755 });
}

/** Every package of the production dependency tree, as package-lock.json places it. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([key, info]) => key !== '' && !info.dev && !info.devOptional && existsSync(path.join(root, key)))
    .map(([key]) => key)
    .sort();
}

interface HostReport {
  error?: string;
  quitCalled: boolean;
  whenReadyCalled: boolean;
  windows: { options: { x?: number; y?: number; width: number; height: number; webPreferences: { preload: string } }; loadedUrl: string | null; restored: boolean; focused: boolean }[];
  menu: { label: string | null; role: string | null; items: string[] }[] | null;
  aboutBoxes: { detail: string }[];
  fetched: string[];
}

describe.skipIf(notBuilt)(notBuilt ? `the packaged app (skipped: ${notBuilt})` : 'the packaged app (electron-builder --dir --linux)', () => {
  let work = '';
  let build: { status: number | null; output: string };
  let listing: string[] = [];
  let appRoot = '';
  let unpacked = '';

  function runHost(scenario: 'first-run' | 'second-run' | 'lock-held', userData: string): HostReport {
    const host = path.join(root, 'test/integration/packaging/support/packaged-main-host.cjs');
    const run = spawnSync(process.execPath, [host, appRoot, userData, scenario], { encoding: 'utf8', timeout: 30_000 });
    const last = run.stdout.trim().split('\n').at(-1) ?? '';
    let report: HostReport;
    try {
      report = JSON.parse(last) as HostReport;
    } catch {
      throw new Error(`The packaged main did not report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    if (report.error) throw new Error(`The packaged main failed in ${scenario}: ${report.error}\n${run.stderr}`);
    return report;
  }

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'pd-dist-'));
    const electronDist = path.join(work, 'electron-dist');
    makeStandInElectron(electronDist);
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/electron-builder/cli.js'),
        '--dir',
        '--linux',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${path.join(work, 'out')}`,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 90_000,
        env: {
          // electron-builder goes quiet when it sees VITEST; its log is what shows nothing was downloaded.
          ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
          CSC_LINK: '',
          WIN_CSC_LINK: '',
          CSC_IDENTITY_AUTO_DISCOVERY: 'false',
          // Any download attempt fails at once on a closed local port instead of waiting on the network.
          ELECTRON_MIRROR: 'http://127.0.0.1:9/',
          ELECTRON_BUILDER_BINARIES_MIRROR: 'http://127.0.0.1:9/',
          ELECTRON_BUILDER_CACHE: path.join(work, 'cache'),
          npm_config_offline: 'true',
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
      },
    );
    // eslint-disable-next-line no-control-regex -- strips colour codes in case the logger adds them anyway
    build = { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
    unpacked = path.join(work, 'out/linux-unpacked');
    const archive = path.join(unpacked, 'resources/app.asar');
    if (build.status === 0 && existsSync(archive)) {
      listing = listPackage(archive, { isPack: false }).map((entry) => entry.split(path.sep).join('/').replace(/^\//, ''));
      appRoot = path.join(work, 'app');
      extractAll(archive, appRoot);
    }
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packs offline from the stand-in Electron, without downloading anything', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('using custom unpacked Electron distribution');
    expect(build.output).not.toMatch(/download/i);
    expect(existsSync(path.join(unpacked, 'resources/app.asar'))).toBe(true);
  });

  it('holds package.json, the built main, preload and renderer, and the runtime dependencies', () => {
    for (const file of ['package.json', ...entries, 'node_modules/@azure/msal-node/package.json', 'node_modules/zod/package.json']) {
      expect(listing, file).toContain(file);
    }
  });

  it('holds exactly the production dependency tree from node_modules', () => {
    const packaged = listing
      .filter((entry) => /(^|\/)node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(entry))
      .map((entry) => entry.slice(0, -'/package.json'.length))
      .filter((dir) => /node_modules\/(@[^/]+\/)?[^/]+$/.test(dir))
      .sort();
    expect(packaged).toEqual(productionPackages());
  });

  it('leaves out sources, tests, tools, development bundles and source maps', () => {
    expect(new Set(listing.filter((entry) => !entry.includes('/')))).toEqual(new Set(['package.json', 'dist', 'node_modules']));
    expect(new Set(listing.filter((entry) => /^dist\/[^/]+$/.test(entry)))).toEqual(new Set(['dist/main', 'dist/preload', 'dist/renderer']));
    const excludedFolders = ['test/', 'main/', 'shared/', 'renderer/', 'scripts/', 'bench/', 'docs/', '.ci/', 'build/', 'release/', 'dist/browser-host/', 'dist/demo-tenant/', 'dist/bench/', 'node_modules/electron/', 'node_modules/electron-builder/', 'node_modules/vitest/', 'node_modules/typescript/', 'node_modules/react/'];
    const excludedFiles = ['electron-builder.yml', 'package-lock.json', 'tsconfig.json', 'vite.config.mts', 'vitest.config.mts', 'playwright.config.ts', 'README.md', '.npmrc'];
    const ours = listing.filter((entry) => !entry.startsWith('node_modules/'));
    for (const entry of listing) {
      expect(excludedFolders.some((folder) => entry.startsWith(folder)), entry).toBe(false);
      expect(entry.endsWith('.map'), entry).toBe(false);
    }
    for (const file of excludedFiles) expect(listing).not.toContain(file);
    expect(ours.filter((entry) => /\.(ts|tsx|mts)$/.test(entry) || /(^|\/)tsconfig[^/]*\.json$/.test(entry))).toEqual([]);
  });

  it('flips the Electron fuses in the packaged executable', async () => {
    const wire = await getCurrentFuseWire(path.join(unpacked, 'passcode-desk'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(fuse.off);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(fuse.off);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(fuse.off);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(fuse.on);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(fuse.on);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(fuse.on);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(fuse.off);
  });

  describe('the log review worker in the package', () => {
    // main/action-log/review-threads.ts looks for it beside the main bundle (__dirname), inside app.asar.
    const workerEntry = path.posix.join(path.posix.dirname(pkg.main), 'review-worker.cjs');

    it('is packed beside the main bundle, where the review looks for it', () => {
      expect(listing).toContain(workerEntry);
    });

    it('requires nothing but Node built-ins, so it needs no module resolution inside app.asar (no asarUnpack)', () => {
      const source = readFileSync(path.join(appRoot, workerEntry), 'utf8');
      const required = [...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]!);
      expect(required.length).toBeGreaterThan(0);
      expect(required.filter((name) => !name.startsWith('node:'))).toEqual([]);
    });

    it('starts from its text, as the app starts it, and verifies a log', async () => {
      const folder = path.join(work, 'review-log');
      const log = await openLog(folder);
      await writeActions(log, 3);
      await log.close();
      const files = listMonthFiles(folder);
      const [done] = await runStretches([{ index: 0, id: 'chain', pinned: null, parts: files.map((file) => [{ path: file, end: Number.MAX_SAFE_INTEGER }]) }], { script: path.join(appRoot, workerEntry), count: 1 });
      expect(done?.chain.integrity.status).toBe('verified');
      // The worker's rows come as packed pieces (row-blocks.ts); read them as the review does.
      expect([...trackedOf(done!)]).toHaveLength(3);
    });
  });

  describe('run from the package', () => {
    let first: HostReport;
    let userData = '';

    beforeAll(() => {
      userData = path.join(work, 'user-data');
      mkdirSync(userData, { recursive: true });
      if (appRoot) first = runHost('first-run', userData);
    }, 60_000);

    it("starts from package.json's main, which is in the package", () => {
      const packagedPkg = JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { main: string; productName: string };
      expect(packagedPkg.main).toBe('dist/main/index.cjs');
      expect(listing).toContain(packagedPkg.main);
      expect(first.whenReadyCalled).toBe(true);
    });

    it('computes the preload path from dist/main to dist/preload/index.cjs inside the package', () => {
      const preload = first.windows[0]!.options.webPreferences.preload;
      expect(path.relative(appRoot, preload).split(path.sep).join('/')).toBe('dist/preload/index.cjs');
      expect(listing).toContain('dist/preload/index.cjs');
    });

    it('serves the renderer from dist/renderer inside the package', () => {
      expect(first.windows[0]!.loadedUrl).toBe('app://passcode-desk/index.html');
      expect(first.fetched).toHaveLength(1);
      expect(path.relative(appRoot, fileURLToPath(first.fetched[0]!)).split(path.sep).join('/')).toBe('dist/renderer/index.html');
      expect(listing).toContain('dist/renderer/index.html');
    });

    it('installs the application menu, whose About box shows the version and log folder', () => {
      expect(first.menu?.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
      expect(first.menu?.[2]?.items).not.toContain('toggleDevTools'); // a packaged app
      const detail = first.aboutBoxes[0]!.detail;
      expect(detail).toContain(`Version: ${pkg.version}`);
      expect(detail).toContain(`Action log folder: ${path.join(userData, 'action-log')}`);
      expect(detail).toMatch(/Signing key fingerprint: \S/);
    });

    it('brings the first instance back when a second one starts', () => {
      expect(first.windows[0]!.restored).toBe(true);
      expect(first.windows[0]!.focused).toBe(true);
    });

    it('quits at once when another instance holds the single-instance lock', () => {
      const locked = runHost('lock-held', path.join(work, 'user-data-locked'));
      expect(locked.quitCalled).toBe(true);
      expect(locked.whenReadyCalled).toBe(false);
      expect(locked.windows).toEqual([]);
    });

    it('reopens the window where it was closed', () => {
      const second = runHost('second-run', userData);
      expect(second.windows[0]!.options).toMatchObject({ x: 300, y: 200, width: 1100, height: 720 });
    });
  });
});
