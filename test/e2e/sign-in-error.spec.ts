import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectAccessible, openApp } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

// A configured tenant whose sign-in service cannot be reached: the browser host's test-only
// --sign-in-unreachable sends MSAL's requests to a loopback port nobody listens on, so the
// refusal is a real one from the network stack (ECONNREFUSED), at once, with no waiting.
// The window says in its language what happened and what to do next, naming the host.
// The device-code sign-in asks the service first; the browser sign-in would open the
// browser without asking anything (MSAL knows Microsoft's public cloud endpoints) and end
// only at its time limit, so it is not the path taken here.

const languages = [
  {
    name: 'en',
    locale: 'en-GB',
    signIn: 'Sign in',
    deviceCode: 'Use device code instead',
    title: 'Sign-in did not complete',
    plain: "Microsoft's online services could not be reached. Check the network connection and try again.",
    detail: "Microsoft's sign-in service did not answer (the connection was refused, code ECONNREFUSED, server login.microsoftonline.com). If other websites open on this computer, a proxy or firewall may be blocking Microsoft's sign-in: tell IT.",
    english: null,
  },
  {
    name: 'it',
    locale: 'it-IT',
    signIn: 'Accedi',
    deviceCode: 'Usa invece un codice dispositivo',
    title: "L'accesso non è stato completato",
    plain: 'Impossibile raggiungere i servizi online di Microsoft. Controlla la connessione di rete e riprova.',
    detail: 'Il servizio di accesso Microsoft non ha risposto (la connessione è stata rifiutata, codice ECONNREFUSED, server login.microsoftonline.com). Se su questo computer altri siti si aprono, un proxy o un firewall potrebbe bloccare l’accesso Microsoft: avvisa l’IT.',
    english: 'could not be reached',
  },
] as const;

for (const language of languages) {
  test(`a tenant whose sign-in service cannot be reached: the error says so and what to do, in the window's language (${language.name})`, async ({ page }, testInfo) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-signin-'));
    writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ tenant: 'contoso.onmicrosoft.com', clientId: '1b2c3d4e-0000-4000-8000-00000000abcd' }));
    const host = await startHost({ PASSCODE_DESK_LOCALE: language.locale }, { keptDataDir: dataDir, signInUnreachable: true });
    try {
      await page.setViewportSize({ width: 1280, height: 720 });
      const errors = await openApp(page, host.launchUrl);
      await page.getByRole('main').getByRole('button', { name: language.deviceCode }).click();
      const problem = page.locator('.error-text', { hasText: language.title });
      await expect(problem).toBeVisible();
      await expect(problem).toContainText(language.plain);
      await expect(problem).toContainText(language.detail);
      if (language.english) await expect(problem).not.toContainText(language.english);
      // Trying again is offered right beside the error, either way: the technician is not sent elsewhere.
      await expect(page.getByRole('main').getByRole('button', { name: language.signIn, exact: true })).toBeEnabled();
      await expect(page.getByRole('main').getByRole('button', { name: language.deviceCode })).toBeEnabled();
      await expectAccessible(page, `the start screen with a sign-in error (${language.name})`);
      await screenshotBothSizes(page, testInfo, `sign-in-unreachable-${language.name}`);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
