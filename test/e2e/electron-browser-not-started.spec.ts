import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { doorTitle, expect, test } from './support/electron-door';
import { screenshotBothSizes } from './support/screens';

// The browser sign-in through the Electron door when the system browser cannot be started:
// shell.openExternal is made to fail as Electron's does (text, no code). The window says in
// its language that the browser could not be started, and gives the OS's own words as what
// the system said rather than mixing them into its sentence. MSAL knows Microsoft's public
// cloud endpoints, so the browser is asked for before any network call (and
// --sign-in-unreachable keeps every request on this machine anyway).

const languages = [
  { name: 'en', signIn: 'Sign in', detail: 'the system browser could not be started (the system said: “Failed to open”)' },
  { name: 'it', signIn: 'Accedi', detail: 'non è stato possibile avviare il browser di sistema (il sistema ha risposto: “Failed to open”)' },
] as const;

for (const language of languages) {
  test(doorTitle(`a system browser that cannot be started: why, in the window's language (${language.name})`), async ({ launch }, testInfo) => {
    const door = await launch({ signInUnreachable: true, userData: profileWithTenant(testInfo.outputPath('profile'), language.name) });
    const { app, page } = door;
    await app.evaluate(({ shell }) => {
      shell.openExternal = (async () => {
        throw new Error('Failed to open');
      }) as typeof shell.openExternal;
    });
    await page.getByRole('main').getByRole('button', { name: language.signIn, exact: true }).click();
    const problem = page.locator('.error-text', { hasText: language.detail });
    await expect(problem).toBeVisible();
    await expect(page.getByRole('main').getByRole('button', { name: language.signIn, exact: true })).toBeEnabled();
    await screenshotBothSizes(page, testInfo, `electron-browser-not-started-${language.name}`);
  });
}

/** A profile whose settings name a tenant and the language, as IT would set them. */
function profileWithTenant(folder: string, language: string): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'settings.json'), JSON.stringify({ tenant: 'contoso.onmicrosoft.com', clientId: '1b2c3d4e-0000-4000-8000-00000000abcd', language }));
  return folder;
}
