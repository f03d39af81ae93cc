import { openApp, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

// Three Graph pages: the broken event comes after the first rows are on screen, before the end.
const devices = 3_000;

test('a device page that fails its check stops the list with a clear error, never a silent gap (English and Italian)', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  // Main sends one device with a platform the contract does not know, in the fifth event of 250 devices.
  await page.routeWebSocket(/\/events$/, (client) => {
    const server = client.connectToServer();
    server.onMessage((message) => {
      // A device page rides as a binary frame, "devicesProgress\n" then its JSON (event-frames.ts); the window's worker reads and checks it.
      const frame = typeof message === 'string' ? null : message.toString('utf8');
      const head = 'devicesProgress\n';
      if (frame === null || !frame.startsWith(head)) return client.send(message);
      const page = JSON.parse(frame.slice(head.length)) as { loaded?: number; devices?: Array<Record<string, unknown>> };
      if (page.loaded === 1_250 && page.devices?.[3]) page.devices[3].platform = 'amiga';
      client.send(Buffer.from(head + JSON.stringify(page), 'utf8'));
    });
  });
  for (const [locale, signIn, stopped, plain, which] of [
    ['en-US', 'Sign in as demo technician', 'Loading stopped after 1,000 devices.', 'Something went wrong inside the app.', 'A page of 250 devices'],
    ['it-IT', 'Accedi come tecnico demo', 'Caricamento interrotto dopo 1.000 dispositivi.', "Si è verificato un errore interno dell'app.", 'Una pagina di 250 dispositivi'],
  ] as const) {
    const host = await startHost({ PASSCODE_DESK_DEMO_DEVICES: String(devices), PASSCODE_DESK_LOCALE: locale });
    try {
      await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, signIn);
      const problem = page.locator('.toolbar-problem[role="alert"]');
      await expect(problem).toContainText(plain, { timeout: 120_000 });
      // The pages were read and checked in the window's worker, off the thread that answers the keyboard.
      expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContainEqual(expect.stringMatching(/device-page-worker/));
      await expect(problem).toContainText(stopped);
      // The window's own words, in its language, say which device of the page failed and that the list stops before it.
      await expect(problem).toContainText(which);
      await expect(problem).toContainText('devices.3.platform');
      if (locale === 'it-IT') await expect(problem).not.toContainText('A page of');
      // The rows that arrived before stay usable; the ones after the broken page are not shown as if complete.
      await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '1001');
      await screenshotBothSizes(page, testInfo, `broken-device-page-${locale}`);
    } finally {
      await host.stop();
    }
  }
});
