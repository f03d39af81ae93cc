import { openApp, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

// Large enough that the list is still loading when its first page is on screen.
const devices = 50_000;

test("while the list loads, the progress says how many of Intune's count are in (English and Italian)", async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  for (const [locale, signIn, label, progress] of [
    ['en-US', 'Sign in as demo technician', 'Device list loading', /^Loading devices… [\d,]+ of 50,000$/],
    ['it-IT', 'Accedi come tecnico demo', 'Caricamento elenco dispositivi', /^Caricamento dispositivi… [\d.]+ di 50\.000$/],
  ] as const) {
    const host = await startHost({ PASSCODE_DESK_DEMO_DEVICES: String(devices), PASSCODE_DESK_LOCALE: locale }, { demoControl: true });
    try {
      // Hold the list after its first page while it is looked at, scripted before sign-in so a fast
      // machine cannot finish the load first: the first list request is answered (a delay of 0 only
      // takes the first place in the queue), the next ones hang until the client's own time limit
      // (30 s each) makes it ask again.
      await host.demo({ fault: { route: 'list', kind: 'delay', delayMs: 0 } });
      await host.demo({ fault: { route: 'list', kind: 'hang', times: 3 } });
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, signIn);
      const bar = page.getByRole('progressbar', { name: label });
      // Intune's count came with the first page (the demo tenant sends @odata.count as Intune does).
      await expect(bar.locator('.progress-text')).toHaveText(progress);
      await expect(bar).toHaveAttribute('aria-valuemax', String(devices));
      const loaded = Number(await bar.getAttribute('aria-valuenow'));
      expect(loaded).toBeGreaterThan(0);
      expect(loaded).toBeLessThan(devices);
      await screenshotBothSizes(page, testInfo, `device-progress-${locale}`);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  }
});
