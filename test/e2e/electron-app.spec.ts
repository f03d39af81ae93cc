import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary, noElectronMessage } from './support/electron-binary';

const binary = findElectronBinary();

test('the real Electron app opens its window with the app shell', async ({}, testInfo) => {
  test.skip(!binary, noElectronMessage);
  const app = await electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: 'false' } });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Passcode Desk', exact: true })).toBeVisible();
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const web = BrowserWindow.getAllWindows()[0]!.webContents;
      return { url: web.getURL() };
    });
    expect(prefs.url).toMatch(/^app:\/\/passcode-desk\//);
    await testInfo.attach('electron-window', { body: await window.screenshot(), contentType: 'image/png' });
  } finally {
    await app.close();
  }
});
