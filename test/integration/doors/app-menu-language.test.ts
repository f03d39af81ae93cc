import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppMenu, followSavedLanguage } from '../../../main/electron/app-menu';
import type { Core } from '../../../main/core/create-core';
import { sharedText } from '../../../shared/i18n/catalogue';
import type { Settings } from '../../../shared/settings/settings';
import { callerFor, createTestCore } from '../../support/test-core';
import { useTempDirs } from '../../support/temp-dir';

// The application menu as main/index.ts wires it (createAppMenu + followSavedLanguage), on the real
// core: the language a technician saves in the window reaches the menu through the core's own
// settingsChanged event and survives a restart, and each Help item runs its command. Electron itself
// stays out (install is a recorder); the Electron door e2e (electron-app.spec.ts) checks the same on
// the installed menu.

const tempDir = useTempDirs();
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

type Template = MenuItemConstructorOptions[];
const help = (template: Template) => (template.find((item) => item.role === 'help')?.submenu ?? []) as Template;
const helpLabels = (template: Template) => help(template).map((item) => item.label).filter(Boolean);
const labelsIn = (language: 'en' | 'it') => {
  const text = sharedText[language].menu;
  return [text.showLogFolder, text.openDiagnosticLog, text.copySupportDetails, text.about('Passcode Desk')];
};

async function menuOnCore(dir: string, osLocale = 'en-US') {
  const core = await createTestCore(dir, { locale: osLocale });
  cores.push(core);
  const installed: Template[] = [];
  const actions = { showAbout: vi.fn(), showLogFolder: vi.fn(), openDiagnosticLog: vi.fn(), copySupportDetails: vi.fn() };
  const menu = createAppMenu({ install: (template) => installed.push(template), platform: 'linux', appName: 'Passcode Desk', developerItems: false, osLocale }, actions);
  await followSavedLanguage(menu, core);
  return { core, call: callerFor(core), menu, installed, actions };
}

async function saveLanguage(call: ReturnType<typeof callerFor>, language: Settings['language']) {
  const current = await call('getSettings', {});
  if (!current.ok) throw new Error(current.error.message);
  const saved = await call('saveSettings', { settings: { ...current.value, language } });
  if (!saved.ok) throw new Error(saved.error.message);
}

describe('the application menu on the real core', () => {
  it('follows the language saved from the window, and each Help item runs its own command', async () => {
    const { call, menu, installed, actions } = await menuOnCore(tempDir());
    expect(installed.map(helpLabels)).toEqual([labelsIn('en')]);

    await saveLanguage(call, 'it');
    expect(menu.language()).toBe('it');
    expect(installed.map(helpLabels)).toEqual([labelsIn('en'), labelsIn('it')]);

    // Electron calls each item's click with (item, window, event); ours ignore them and run one command each.
    const commands: Record<string, keyof typeof actions> = {
      'show-log-folder': 'showLogFolder',
      'open-diagnostic-log': 'openDiagnosticLog',
      'copy-support-details': 'copySupportDetails',
      about: 'showAbout',
    };
    for (const [id, command] of Object.entries(commands)) {
      const item = help(installed.at(-1)!).find((entry) => entry.id === id)!;
      (item.click as (...args: unknown[]) => void)(item, undefined, { triggeredByAccelerator: false });
      expect(actions[command], id).toHaveBeenCalledTimes(1);
      for (const other of Object.values(commands)) if (other !== command) expect(actions[other], `${id} ran ${other}`).not.toHaveBeenCalled();
      vi.clearAllMocks();
    }

    // A save that leaves the language as it was does not rebuild the menu; "system" goes back to the OS's.
    const current = await call('getSettings', {});
    if (!current.ok) throw new Error(current.error.message);
    await call('saveSettings', { settings: { ...current.value, requireTicketReference: !current.value.requireTicketReference } });
    expect(installed).toHaveLength(2);
    await saveLanguage(call, 'system');
    expect(installed.map(helpLabels).at(-1)).toEqual(labelsIn('en'));
  });

  it('starts in the saved language after a restart, whatever the OS says', async () => {
    const dir = tempDir();
    const first = await menuOnCore(dir, 'en-GB');
    await saveLanguage(first.call, 'it');
    await first.core.close();
    cores.splice(cores.indexOf(first.core), 1);

    const second = await menuOnCore(dir, 'en-GB');
    // Shown at once in the OS's language, then in the saved one before the window opens.
    expect(second.installed.map(helpLabels)).toEqual([labelsIn('en'), labelsIn('it')]);
    expect(second.menu.language()).toBe('it');
  });
});
