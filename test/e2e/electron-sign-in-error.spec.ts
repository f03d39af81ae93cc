import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { doorTitle, expect, test } from './support/electron-door';
import { screenshotBothSizes } from './support/screens';

// sign-in-error.spec.ts through the Electron door: preload bridge, IPC and the app's own
// main process, with a configured tenant whose sign-in service refuses the connection
// (the app's test-only --sign-in-unreachable sends MSAL to a closed loopback port, a real
// ECONNREFUSED). The technician sees the coded error in the window's language, and trying
// again asks the service again instead of leaving a stuck screen.

const languages = [
  {
    name: 'en',
    signIn: 'Sign in',
    deviceCode: 'Use device code instead',
    title: 'Sign-in did not complete',
    detail: "Microsoft's sign-in service did not answer (the connection was refused, code ECONNREFUSED, server login.microsoftonline.com). If other websites open on this computer, a proxy or firewall may be blocking Microsoft's sign-in: tell IT.",
    english: null,
  },
  {
    name: 'it',
    signIn: 'Accedi',
    deviceCode: 'Usa invece un codice dispositivo',
    title: "L'accesso non è stato completato",
    detail: 'Il servizio di accesso Microsoft non ha risposto (la connessione è stata rifiutata, codice ECONNREFUSED, server login.microsoftonline.com). Se su questo computer altri siti si aprono, un proxy o un firewall potrebbe bloccare l’accesso Microsoft: avvisa l’IT.',
    english: 'could not be reached',
  },
] as const;

for (const language of languages) {
  test(doorTitle(`a tenant whose sign-in service cannot be reached: the coded error, and trying again asks again (${language.name})`), async ({ launch }, testInfo) => {
    const door = await launch({ signInUnreachable: true, userData: profileWithTenant(testInfo.outputPath('profile'), language.name) });
    const { page } = door;
    const main = page.getByRole('main');
    // Counts each time an error is put on the screen (it is taken away while signing in): an event, not a wait.
    await page.evaluate(() => {
      (window as unknown as { errorsShown: number }).errorsShown = 0;
      new MutationObserver((changes) => {
        for (const change of changes)
          for (const node of Array.from(change.addedNodes))
            if (node instanceof Element && (node.matches('.error-text') || node.querySelector('.error-text'))) (window as unknown as { errorsShown: number }).errorsShown++;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const errorsShown = () => page.evaluate(() => (window as unknown as { errorsShown: number }).errorsShown);
    await main.getByRole('button', { name: language.deviceCode }).click();
    const problem = page.locator('.error-text', { hasText: language.title });
    await expect(problem).toContainText(language.detail);
    if (language.english) await expect(problem).not.toContainText(language.english);
    await expect.poll(errorsShown).toBe(1);

    // Try again: the same button sends a new request, the error gives way to it, and the refusal is told again.
    await expect(main.getByRole('button', { name: language.deviceCode })).toBeEnabled();
    await main.getByRole('button', { name: language.deviceCode }).click();
    await expect.poll(errorsShown).toBe(2);
    await expect(problem).toContainText(language.detail);
    await expect(main.getByRole('button', { name: language.signIn, exact: true })).toBeEnabled();
    await screenshotBothSizes(page, testInfo, `electron-sign-in-unreachable-${language.name}`);
  });
}

/** A profile whose settings name a tenant and the language, as IT would set them. */
function profileWithTenant(folder: string, language: string): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'settings.json'), JSON.stringify({ tenant: 'contoso.onmicrosoft.com', clientId: '1b2c3d4e-0000-4000-8000-00000000abcd', language }));
  return folder;
}
