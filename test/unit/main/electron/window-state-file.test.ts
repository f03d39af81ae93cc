import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWindowState, windowStateFileName, writeWindowState } from '../../../../main/electron/window-state-file';
import { useTempDirs } from '../../../support/temp-dir';

describe('the window state file in userData', () => {
  const tempDir = useTempDirs();

  it('round-trips what was written', () => {
    const dir = tempDir();
    writeWindowState(dir, { x: 40, y: 60, width: 1300, height: 850 }, true);
    expect(readWindowState(dir)).toEqual({ version: 1, bounds: { x: 40, y: 60, width: 1300, height: 850 }, maximized: true });
  });

  it('creates the userData folder on first save and leaves no temporary file', () => {
    const dir = path.join(tempDir(), 'not-yet');
    writeWindowState(dir, { x: 0, y: 0, width: 1000, height: 700 }, false);
    expect(JSON.parse(readFileSync(path.join(dir, windowStateFileName), 'utf8')).version).toBe(1);
    expect(() => readFileSync(path.join(dir, `${windowStateFileName}.tmp`))).toThrow();
  });

  it('answers null for a missing, truncated or foreign file', () => {
    const dir = tempDir();
    expect(readWindowState(dir)).toBeNull();
    writeFileSync(path.join(dir, windowStateFileName), '{"version":1,"bounds":{"x":');
    expect(readWindowState(dir)).toBeNull();
    writeFileSync(path.join(dir, windowStateFileName), JSON.stringify({ width: 10 }));
    expect(readWindowState(dir)).toBeNull();
  });
});
