import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createAppMenu } from '../../../../main/electron/app-menu';

const actions = () => ({ showAbout: vi.fn(), showLogFolder: vi.fn(), openDiagnosticLog: vi.fn(), copySupportDetails: vi.fn() });
const helpLabels = (template: MenuItemConstructorOptions[] | undefined) =>
  ((template?.find((item) => item.role === 'help')?.submenu ?? []) as MenuItemConstructorOptions[]).map((item) => item.label).filter(Boolean);

function menuOn(osLocale: string) {
  const installed: MenuItemConstructorOptions[][] = [];
  const menu = createAppMenu({ install: (template) => installed.push(template), platform: 'linux', appName: 'Passcode Desk', developerItems: false, osLocale }, actions());
  return { menu, installed };
}

describe('the application menu following the in-app language', () => {
  it('starts in the OS language, then follows the setting and rebuilds when it names another language', () => {
    const { menu, installed } = menuOn('en-GB');
    expect(installed).toHaveLength(1);
    expect(menu.language()).toBe('en');
    expect(helpLabels(installed[0]).at(-1)).toBe('About Passcode Desk');

    menu.follow('it');
    expect(installed).toHaveLength(2);
    expect(menu.language()).toBe('it');
    expect(helpLabels(installed[1])).toEqual(['Mostra la cartella del registro delle azioni', 'Apri il log di diagnostica', 'Copia i dettagli per l’assistenza', 'Informazioni su Passcode Desk']);

    menu.follow('system');
    expect(installed).toHaveLength(3);
    expect(menu.language()).toBe('en');
    expect(helpLabels(installed[2])).toContain('Show Action Log Folder');
  });

  it('does not rebuild when a settings change leaves the language as it was', () => {
    const { menu, installed } = menuOn('it-IT');
    expect(menu.language()).toBe('it');
    menu.follow('system');
    menu.follow('it');
    expect(installed).toHaveLength(1);
  });

  it('labels Electron\'s role items in the app language too (Electron words them in English)', () => {
    const { menu, installed } = menuOn('en-US');
    menu.follow('it');
    const edit = (installed[1]?.[1]?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(edit.filter((item) => item.role).map((item) => [item.role, item.label])).toEqual([
      ['undo', 'Annulla'],
      ['redo', 'Ripeti'],
      ['cut', 'Taglia'],
      ['copy', 'Copia'],
      ['paste', 'Incolla'],
      ['delete', 'Elimina'],
      ['selectAll', 'Seleziona tutto'],
    ]);
    const every = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((item) => [item, ...every((item.submenu ?? []) as MenuItemConstructorOptions[])]);
    for (const item of every(installed[1]!)) if (item.role) expect(item.label, item.role).toBeTruthy();
  });
});
