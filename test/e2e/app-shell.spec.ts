import { readFileSync } from 'node:fs';
import { expect, test } from './support/browser-host';

const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

test('the browser host opens the app shell on the demo tenant', async ({ page, host }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(host.launchUrl);
  await expect(page.getByRole('heading', { name: 'Passcode Desk', exact: true })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Demo tenant' })).toContainText('Demo tenant: simulated devices');
  await expect(page.getByRole('button', { name: 'Sign in as demo technician' })).toBeVisible();
  // The header names the build an auditor finds in every log header: package.json's version, never a placeholder.
  await expect(page.locator('.app-version')).toHaveText(`v${packageVersion}`);
  await testInfo.attach('app-shell', { body: await page.screenshot(), contentType: 'image/png' });
  expect(errors).toEqual([]);
});
