import { signInAsDemoTechnician } from './support/app';
import { english, expectListStillUsable, followFourActions, rowsInView } from './support/actions-log';
import { doorTitle, expect, test } from './support/electron-door';

// actions-log-1280.spec.ts in the Electron door: the same window at 1280x720 through the preload and app://.
test(doorTitle('four followed actions fit the actions log at 1280x720, and the splitter gives it more'), async ({ launch }, testInfo) => {
  test.setTimeout(300_000);
  const { page, demo } = await launch({ demoControl: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await signInAsDemoTechnician(page);
  await followFourActions(page, english, demo);
  await expect.poll(async () => rowsInView(page)).toEqual({ rows: 4, outcomes: 1 });
  await expectListStillUsable(page, 'DEMO-AE-FULLY-MANAGED-14');
  const splitter = page.getByRole('separator', { name: english.t.actions.resizeLabel });
  // A drag upwards from the splitter's middle, as a mouse does it.
  const box = (await splitter.boundingBox())!;
  const panel = page.locator('.actions-panel');
  const before = (await panel.boundingBox())!.height;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 100, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await panel.boundingBox())!.height - before)).toBeGreaterThan(90);
  await expectListStillUsable(page, 'DEMO-AE-FULLY-MANAGED-14');
  await testInfo.attach('electron-actions-log-1280x720', { body: await page.screenshot({ path: '.reports/screens/electron-actions-log-en-1280x720.png' }), contentType: 'image/png' });
});
