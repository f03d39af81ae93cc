import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDevPlatform } from '../../../../main/browser-host/dev-platform';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe("the browser host's stand-in save dialog", () => {
  it('never silently overwrites an earlier export: a second save of the same name gets its own file', async () => {
    const exportDir = mkdtempSync(path.join(os.tmpdir(), 'pd-export-'));
    folders.push(exportDir);
    const platform = createDevPlatform({ logFolder: exportDir, exportDir });
    const first = await platform.pickSavePath('passcode-actions-2026-11-29.csv');
    expect(first).toBe(path.join(exportDir, 'passcode-actions-2026-11-29.csv'));
    writeFileSync(first!, 'first export');
    const second = await platform.pickSavePath('passcode-actions-2026-11-29.csv');
    expect(second).toBe(path.join(exportDir, 'passcode-actions-2026-11-29 (2).csv'));
    writeFileSync(second!, 'second export');
    expect(await platform.pickSavePath('passcode-actions-2026-11-29.csv')).toBe(path.join(exportDir, 'passcode-actions-2026-11-29 (3).csv'));
  });
});
