import { describe, expect, it } from 'vitest';
import path from 'node:path';
// @ts-expect-error: a plain .mjs script without type declarations
import { checkBoundaries } from '../../../scripts/check-boundaries.mjs';

type Violation = { file: string; line: number; message: string };

describe('the process-boundary rule', () => {
  const violations: Violation[] = checkBoundaries(path.resolve('test/fixtures/boundary'));
  const at = (file: string) => violations.filter((v) => v.file === file).map((v) => v.message);

  it('catches electron and Node imports in the renderer', () => {
    const found = at('renderer/planted.ts');
    expect(found.some((m) => m.includes('must not import electron'))).toBe(true);
    expect(found.filter((m) => m.includes('Node built-ins'))).toHaveLength(2);
    expect(found.some((m) => m.includes('ipcRenderer is used outside'))).toBe(true);
  });

  it('catches shared/ importing main/ or renderer/, even type-only', () => {
    const found = at('shared/planted.ts');
    expect(found).toHaveLength(2);
  });

  it('catches a runtime electron import and webContents.send in the core, but allows a type-only import', () => {
    const found = at('main/core/planted.ts');
    expect(found.filter((m) => m.includes('must not import electron'))).toHaveLength(1);
    expect(found.some((m) => m.includes('webContents.send'))).toBe(true);
  });

  it('lets main/electron import electron but not use ipcMain outside the wrapper', () => {
    const found = at('main/electron/allowed.ts');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.includes('ipcMain is used outside'))).toBe(true);
  });

  it('passes on the real source tree', () => {
    expect(checkBoundaries(path.resolve('.'))).toEqual([]);
  });
});
