import { expect, test } from './support/browser-host';

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
  await testInfo.attach('app-shell', { body: await page.screenshot(), contentType: 'image/png' });
  expect(errors).toEqual([]);
});
