import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { checkBoundaries } from '../../../scripts/check-boundaries.mjs';
// @ts-expect-error: a plain .mjs script without type declarations
import { checkImportCycles } from '../../../scripts/check-import-cycles.mjs';

type Violation = { file: string; line: number; message: string };

const fixture = (rule: string) => path.resolve('test/fixtures/boundary', rule);
const messagesAt = (violations: Violation[], file: string) => violations.filter((v) => v.file === file).map((v) => v.message);

describe('the boundary rule, one fixture per rule', () => {
  it('a room imports only the rooms on its list, type-only imports included', () => {
    const violations: Violation[] = checkBoundaries(fixture('room-imports'));
    expect(messagesAt(violations, 'main/core/wiring.ts')).toEqual([expect.stringContaining('main/core may not import main/electron')]);
    expect(messagesAt(violations, 'shared/result.ts')).toEqual([expect.stringContaining('shared may not import renderer/store')]);
    expect(violations).toHaveLength(2);
  });

  it('a room imports only the packages on its list', () => {
    const violations: Violation[] = checkBoundaries(fixture('packages'));
    expect(violations).toEqual([expect.objectContaining({ file: 'renderer/store/socket.ts', message: expect.stringContaining('"ws"') })]);
  });

  it('Node built-ins only in main', () => {
    const violations: Violation[] = checkBoundaries(fixture('node-builtins'));
    expect(messagesAt(violations, 'renderer/store/read.ts')).toEqual([expect.stringContaining('Node built-ins ("node:fs")')]);
    expect(messagesAt(violations, 'shared/join.ts')).toEqual([expect.stringContaining('Node built-ins ("path")')]);
    expect(messagesAt(violations, 'main/base/clock.ts')).toEqual([]);
  });

  it('electron and electron/* are one module, loaded only by the Electron door; a type-only import loads nothing', () => {
    const violations: Violation[] = checkBoundaries(fixture('electron-module'));
    expect(violations).toEqual([expect.objectContaining({ file: 'main/core/quit.ts', line: 2, message: expect.stringContaining('"electron/main"') })]);
  });

  it('ipcMain and webContents.send only in the wrapper, followed through aliases and variables', () => {
    const violations: Violation[] = checkBoundaries(fixture('raw-ipc'));
    expect(violations.map((v) => `${v.file}:${v.line}`).sort()).toEqual(['main/core/notify.ts:5', 'main/index.ts:3', 'main/index.ts:3']);
    expect(messagesAt(violations, 'main/index.ts').join(' ')).toMatch(/ipcMain.*IpcMain\.on|IpcMain\.on.*ipcMain/);
    expect(messagesAt(violations, 'main/core/notify.ts')).toEqual([expect.stringContaining('WebContents.send')]);
  });

  it('components never reach the bridge: not through renderer/api/, not through window.passcodeDesk', () => {
    const violations: Violation[] = checkBoundaries(fixture('bridge'));
    expect(messagesAt(violations, 'renderer/components/Sneaky.tsx')).toEqual([
      expect.stringContaining('renderer/components may not import renderer/api'),
      expect.stringContaining('window.passcodeDesk'),
    ]);
    expect(violations).toHaveLength(2);
  });

  it('a folder with no room fails until the table names what it may import', () => {
    const violations: Violation[] = checkBoundaries(fixture('unknown-room'));
    expect(violations).toEqual([expect.objectContaining({ file: 'main/scratch/helper.ts', message: expect.stringContaining('no room') })]);
  });

  it('no import cycle between files or folders of main and shared; the renderer slices may name each other\'s types', () => {
    const problems: string[] = checkImportCycles(fixture('cycles'));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('main/actions/action.ts <-> main/audits/audit.ts'),
        expect.stringContaining('folders import each other: main/actions <-> main/audits'),
        expect.stringContaining('shared/a.ts <-> shared/b.ts'),
      ]),
    );
    expect(problems.filter((p) => p.includes('renderer'))).toEqual([]);
  });
});

/**
 * The violations an architecture review planted in a scratch copy of the real
 * tree. Each must fail the lint; the old deny-list caught four of them.
 */
const plants: Array<{ name: string; file: string; prepend?: string; append?: string; expect: RegExp }> = [
  { name: 'core imports electron', file: 'main/core/create-core.ts', prepend: "import { app } from 'electron';", expect: /main\/core may not import "electron"/ },
  { name: 'core imports electron/main', file: 'main/core/tenant-switch.ts', prepend: "import { app } from 'electron/main';", expect: /"electron\/main"/ },
  { name: 'core imports main/electron/*', file: 'main/core/tenant-context.ts', prepend: "import { createSecureWindow } from '../electron/secure-window';", expect: /main\/core may not import main\/electron/ },
  { name: 'renderer imports main/core', file: 'renderer/App.tsx', prepend: "import { createCore } from '../main/core/create-core';", expect: /renderer may not import main\/core/ },
  { name: 'renderer imports electron', file: 'renderer/main.tsx', prepend: "import { ipcRenderer } from 'electron';", expect: /may not import "electron"/ },
  { name: 'renderer imports a Node built-in', file: 'renderer/store/store.ts', prepend: "import { readFileSync } from 'node:fs';", expect: /Node built-ins/ },
  { name: 'shared imports main', file: 'shared/result.ts', prepend: "import type { Logger } from '../main/base/logger';", expect: /shared may not import main\/base/ },
  { name: 'a component imports renderer/api/bridge', file: 'renderer/components/common/ErrorText.tsx', prepend: "import { getApi } from '../../api/bridge';", expect: /renderer\/components may not import renderer\/api/ },
  { name: 'a component calls window.passcodeDesk', file: 'renderer/components/common/ErrorText.tsx', append: 'export const sneak = () => window.passcodeDesk?.getSession({});', expect: /window\.passcodeDesk/ },
  {
    name: 'webContents.send through a variable',
    file: 'main/electron/help-actions.ts',
    prepend: "import type { BrowserWindow as Win } from 'electron';",
    append: "export function shout(win: Win): void {\n  const contents = win.webContents;\n  contents.send('raw', 1);\n}",
    expect: /WebContents\.send is reached outside the IPC wrapper/,
  },
  { name: 'renderer imports ws', file: 'renderer/store/events.ts', prepend: "import WebSocket from 'ws';", expect: /"ws"/ },
  { name: 'raw ipcMain.on in main/index.ts', file: 'main/index.ts', prepend: "import { ipcMain } from 'electron';", append: "ipcMain.on('raw', () => undefined);", expect: /ipcMain is reached outside the IPC wrapper/ },
];

describe('the planted violations, in a scratch copy of the real tree', () => {
  let scratch = '';
  let violations: Violation[] = [];
  beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'boundary-plants-'));
    for (const room of ['main', 'shared', 'renderer']) cpSync(path.resolve(room), path.join(scratch, room), { recursive: true });
    // electron's declarations, for the checker to follow ipcMain and webContents.
    symlinkSync(path.resolve('node_modules'), path.join(scratch, 'node_modules'), 'dir');
    for (const plant of plants) {
      const file = path.join(scratch, plant.file);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, `${plant.prepend ? `${plant.prepend}\n` : ''}${text}${plant.append ? `\n${plant.append}\n` : ''}`);
    }
    violations = checkBoundaries(scratch);
  }, 120_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('the real tree passes, so every violation below comes from a plant', () => {
    expect(checkBoundaries(path.resolve('.'))).toEqual([]);
    expect(checkImportCycles(path.resolve('.'))).toEqual([]);
  }, 120_000);

  it.each(plants.map((plant) => [plant.name, plant] as const))('fails the lint: %s', (_name, plant) => {
    expect(messagesAt(violations, plant.file).some((message) => plant.expect.test(message))).toBe(true);
  });
});
