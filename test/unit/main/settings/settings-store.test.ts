import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSettingsStore } from '../../../../main/settings/settings-store';
import { defaultSettings } from '../../../../shared/settings/settings';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const tenant = { ...defaultSettings, tenant: 'contoso.onmicrosoft.com', clientId: '1b2c3d4e-0000-4000-8000-00000000abcd' };

describe('settings store', () => {
  it('keeps the last of several saves made at once, on disk and in memory', async () => {
    const folder = tempDir();
    const store = await openSettingsStore(folder);
    const saves = [tenant, { ...tenant, requireTicketReference: false }, defaultSettings, { ...defaultSettings, language: 'it' as const }];
    const results = await Promise.allSettled(saves.map((settings) => store.save(settings)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(store.get()).toEqual(saves.at(-1));
    expect(JSON.parse(readFileSync(path.join(folder, 'settings.json'), 'utf8'))).toEqual(saves.at(-1));
    expect(readdirSync(folder)).toEqual(['settings.json']); // no temporary file left behind
  });

  it('sets a damaged file aside and starts on defaults', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'settings.json'), '{"tenant": ');
    const store = await openSettingsStore(folder);
    expect(store.get()).toEqual(defaultSettings);
    const kept = readdirSync(folder).find((name) => name.startsWith('settings.json.unreadable-'));
    expect(kept).toBeDefined();
    expect(store.loadProblem).toEqual({ cause: 'notJson', detail: '', file: path.join(folder, 'settings.json'), keptAs: path.join(folder, kept!) });
  });

  it('names the field a value was refused in, and keeps that file too', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'settings.json'), JSON.stringify({ language: 'klingon' }));
    const store = await openSettingsStore(folder);
    expect(store.get()).toEqual(defaultSettings);
    expect(store.loadProblem).toMatchObject({ cause: 'invalidValue', detail: 'language', keptAs: expect.stringContaining('settings.json.unreadable-') });
  });

  it('a missing file is no problem: defaults, nothing to tell', async () => {
    const store = await openSettingsStore(tempDir());
    expect(store.loadProblem).toBeNull();
  });
});
