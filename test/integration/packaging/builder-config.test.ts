import Ajv from 'ajv';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// js-yaml is what electron-builder itself reads its YAML config with.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const root = process.cwd();
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

type Target = { target: string; arch: string[] };
interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { icon: string; target: Target[] };
  nsis: { oneClick: boolean; perMachine: boolean; deleteAppDataOnUninstall: boolean; include: string; buildUniversalInstaller: boolean };
  mac: { icon: string; target: Target[]; hardenedRuntime: boolean; entitlements: string; entitlementsInherit: string; notarize: boolean };
  linux: { icon: string; target: Target[] };
}
const config = yaml.load(read('electron-builder.yml')) as BuilderConfig;

/** The same validator electron-builder uses on its config, minus its type coercion: the file must be right as written. */
const check = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object);
function validate(candidate: unknown) {
  const valid = check(candidate);
  return { valid, errors: JSON.stringify(check.errors?.slice(0, 5), null, 2) };
}

/** The entitlement keys a plist grants (all our values are <true/>). */
function entitlementsIn(file: string): string[] {
  const text = read(file).replace(/<!--[\s\S]*?-->/g, '');
  return [...text.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]!);
}

describe('electron-builder.yml', () => {
  it("validates against electron-builder's shipped schema", () => {
    const { valid, errors } = validate(config);
    expect(valid, errors).toBe(true);
  });

  it('is checked by a validator that does reject a broken config', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, oneClick: 'sometimes' } }).valid).toBe(false);
    expect(validate({ ...config, notAnOption: true }).valid).toBe(false);
  });

  it('packs only the built app into an asar, never source maps', () => {
    expect(config.appId).toBe('com.passcodedesk.app');
    expect(config.productName).toBe('Passcode Desk');
    expect(config.asar).toBe(true);
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual(['package.json', 'dist/main/**', 'dist/preload/**', 'dist/renderer/**']);
    expect(config.files).toEqual(expect.arrayContaining(['!**/*.map', '!dist/browser-host{,/**}', '!dist/demo-tenant{,/**}']));
  });

  it('does not rebuild the runtime dependencies, which have no native code', () => {
    expect(config.npmRebuild).toBe(false);
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean; hasInstallScript?: boolean }> };
    const nativeInProduction = Object.entries(lock.packages).filter(([key, info]) => key && !info.dev && !info.devOptional && info.hasInstallScript);
    expect(nativeInProduction.map(([key]) => key)).toEqual([]);
  });

  it('hardens the Electron binary with fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds per-user NSIS installers for Windows x64 and arm64', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, deleteAppDataOnUninstall: false, buildUniversalInstaller: false });
  });

  it("has an uninstaller that keeps the action logs unless the user says to delete them", () => {
    expect(existsSync(path.join(root, config.nsis.include))).toBe(true);
    const script = read(config.nsis.include).replace(/^\s*;.*$/gm, '');
    const macro = /!macro customUnInstall([\s\S]*?)!macroend/.exec(script)?.[1] ?? '';
    // Never during an update or reinstall, never for an unattended /S run.
    expect(macro).toMatch(/\$\{ifNot\} \$\{isUpdated\}/);
    expect(macro).toMatch(/\$\{GetOptions\} \$R0 "\/S"/);
    // A question whose default button is No, with no silent default answer of Yes...
    const question = /MessageBox ([^`]*)`/.exec(macro)?.[1] ?? '';
    expect(question).toContain('MB_DEFBUTTON2');
    expect(question).toContain('action-log');
    expect(question).not.toMatch(/\/SD IDYES/);
    // ...and the only deletion sits in its Yes branch.
    const yesBranch = /MessageBox [^`]*IDYES`([\s\S]*?)\n\s*\$\{endif\}\n\s*\$\{endif\}\n\s*\$\{endif\}/.exec(macro)?.[1] ?? '';
    expect(yesBranch).toContain('RMDir /r "$APPDATA\\${PRODUCT_NAME}"');
    expect(macro.match(/RMDir|Delete /g)).toHaveLength(1);
  });

  it('builds dmgs for macOS x64 and arm64 with the hardened runtime and only the JIT entitlement', () => {
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.notarize).toBe(true);
    expect(entitlementsIn(config.mac.entitlements)).toEqual(['com.apple.security.cs.allow-jit']);
    expect(entitlementsIn(config.mac.entitlementsInherit)).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('builds a Linux AppImage for contributors', () => {
    expect(config.linux.target).toEqual([{ target: 'AppImage', arch: ['x64'] }]);
  });

  it('points at icons that exist', () => {
    for (const icon of [config.win.icon, config.mac.icon, config.linux.icon]) expect(existsSync(path.join(root, icon)), icon).toBe(true);
  });
});

describe('npm run dist', () => {
  it('goes through the signing-plan wrapper for each platform', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(scripts).toMatchObject({ dist: 'node scripts/dist.mjs', 'dist:win': 'node scripts/dist.mjs --win', 'dist:mac': 'node scripts/dist.mjs --mac' });
  });

  it('prints what will be signed before building (dry run, no signing variables)', () => {
    const signing = /^(CSC_|WIN_CSC_|APPLE_)/;
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !signing.test(name)));
    const run = spawnSync(process.execPath, ['scripts/dist.mjs', '--win', '--dry-run'], { cwd: root, env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Packaging for: win');
    expect(run.stdout).toContain('Windows: NOT SIGNED');
  });
});
