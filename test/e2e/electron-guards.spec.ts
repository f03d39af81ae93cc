import path from 'node:path';
import { expect, test } from '@playwright/test';
import { closeDoor, doorTitle, launchDoor, onDouble, type Door } from './support/electron-door';

// The Electron door's guards, each checked where a user meets it: the CSP of
// the renderer, the IPC sender check, the navigation and window.open guards
// with the external-link path, and the permission handler. Each test fails
// when its guard is taken out (tried once by hand for each; see issue 12).

type Recorder = Record<string, unknown[]>;

let door: Door | undefined;
test.afterEach(async () => {
  await closeDoor(door);
  door = undefined;
});

test(doorTitle('the CSP blocks an injected inline script and an iframe, and reports each violation'), async ({}, testInfo) => {
  door = await launchDoor(testInfo);
  const outcome = await door.page.evaluate(async () => {
    const violations: { directive: string; blocked: string }[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
    const reported = (directive: string) =>
      new Promise<void>((resolve) => {
        const check = () => (violations.some((v) => v.directive === directive) ? resolve() : setTimeout(check, 10));
        check();
      });
    const script = document.createElement('script');
    script.textContent = 'window.__injectedRan = true;';
    document.head.appendChild(script);
    // An inline script that is allowed runs during appendChild: then there is no violation to wait for.
    if ((window as unknown as { __injectedRan?: boolean }).__injectedRan) return { ran: true, violations };
    await reported('script-src-elem');
    const frame = document.createElement('iframe');
    frame.src = 'https://example.invalid/';
    document.body.appendChild(frame);
    await reported('frame-src');
    return { ran: (window as unknown as { __injectedRan?: boolean }).__injectedRan === true, violations };
  });
  expect(outcome.ran, 'the injected inline script ran').toBe(false);
  expect(outcome.violations).toContainEqual({ directive: 'script-src-elem', blocked: 'inline' });
  expect(outcome.violations.some((v) => v.directive === 'frame-src')).toBe(true);
});

test(doorTitle('a second window we did not create is refused on every channel, the refusal is logged and main keeps serving'), async ({}, testInfo) => {
  door = await launchDoor(testInfo);
  const { app, page } = door;
  // A window with our own preload and our own page: only the sender check can tell it is not ours.
  const secondPromise = app.waitForEvent('window');
  await app.evaluate(({ BrowserWindow }, preload) => {
    const stranger = new BrowserWindow({ width: 800, height: 600, webPreferences: { preload, contextIsolation: true, sandbox: true } });
    void stranger.loadURL('app://passcode-desk/index.html');
  }, path.resolve('dist/preload/index.cjs'));
  const second = await secondPromise;
  await second.waitForFunction(() => typeof window.passcodeDesk?.getSettings === 'function');
  const refused = await second.evaluate(() => window.passcodeDesk!.getSettings({}));
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  await expect.poll(() => door!.mainLog.some((line) => line.includes('Refused IPC call getSettings') && line.includes('app://passcode-desk'))).toBe(true);
  // Main did not crash and still answers its own window.
  expect(await page.evaluate(() => window.passcodeDesk!.getSettings({}))).toMatchObject({ ok: true });
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);
});

test(doorTitle('navigation away from app://passcode-desk and window.open are denied; only a validated https link reaches shell.openExternal'), async ({}, testInfo) => {
  door = await launchDoor(testInfo);
  const { app, page } = door;
  // Spies: what shell.openExternal was asked to open, and each navigation attempt with its verdict.
  // Our listener runs after the app's guard (installed when the contents were created), so it sees its verdict.
  await app.evaluate(({ BrowserWindow, shell }) => {
    const record: Recorder = { opened: [], navigations: [] };
    (globalThis as unknown as { spy: Recorder }).spy = record;
    shell.openExternal = (async (url: string) => void record.opened!.push(url)) as typeof shell.openExternal;
    BrowserWindow.getAllWindows()[0]!.webContents.on('will-navigate', (event, url) => {
      record.navigations!.push({ url: (event as unknown as { url?: string }).url ?? url, prevented: event.defaultPrevented });
    });
  });
  const spy = () => app.evaluate(() => (globalThis as unknown as { spy: Recorder }).spy);

  await page.evaluate(() => {
    location.href = 'https://example.invalid/phish';
  }).catch(() => undefined);
  await expect.poll(async () => (await spy()).navigations!.length).toBe(1);
  expect((await spy()).navigations).toEqual([{ url: 'https://example.invalid/phish', prevented: true }]);
  await expect(page.getByRole('heading', { name: 'Passcode Desk', exact: true })).toBeVisible();
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL())).toMatch(/^app:\/\/passcode-desk\//);

  // Each window.open from a click, as a user would cause it: Chromium's popup blocker (which the
  // electron-double keeps; Electron has none) lets only one window.open through per user gesture.
  await page.evaluate(() => {
    const popups: (Window | null)[] = [];
    (window as unknown as { popups: (Window | null)[] }).popups = popups;
    const opener = document.createElement('button');
    opener.id = 'test-window-open';
    opener.textContent = 'open';
    opener.addEventListener('click', () => void popups.push(window.open(opener.dataset.url)));
    document.body.append(opener);
  });
  const refusedLinks = ['javascript:alert(1)', 'http://example.com/plain', 'https://user:secret@example.com/', 'file:///etc/passwd'];
  const goodLink = 'https://learn.microsoft.com/mem/intune/';
  for (const url of [...refusedLinks, goodLink]) {
    await page.locator('#test-window-open').evaluate((button, value) => void ((button as HTMLElement).dataset.url = value), url);
    await page.locator('#test-window-open').click();
  }
  // Denied: Electron's window.open returns null; on the double the popup target is closed again.
  await expect.poll(() => page.evaluate(() => (window as unknown as { popups: (Window | null)[] }).popups.map((w) => w === null || w.closed))).toEqual([true, true, true, true, true]);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length), 'no window was opened').toBe(1);

  if (onDouble) {
    // GAP in the electron-double: it asks setWindowOpenHandler as soon as Chromium reports the popup's
    // target, before the target has its URL, so our handler sees url '' and denies without reaching the
    // external-link path. Ask the handler our code installed with the details Electron would pass.
    const verdicts = await app.evaluate(({ BrowserWindow }, urls) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { _windowOpenHandler: (details: object) => { action: string } };
      return urls.map((url) => contents._windowOpenHandler({ url, frameName: '', features: '', disposition: 'foreground-tab', referrer: { url: '', policy: 'default' } }).action);
    }, [...refusedLinks, goodLink]);
    expect(verdicts).toEqual(['deny', 'deny', 'deny', 'deny', 'deny']);
  }
  // Refused links first, the good one last: once it arrives, the others have been judged.
  await expect.poll(async () => (await spy()).opened!.length).toBeGreaterThan(0);
  expect((await spy()).opened).toEqual([goodLink]);
});

test(doorTitle('permission requests are denied except the clipboard write our renderer needs'), async ({}, testInfo) => {
  door = await launchDoor(testInfo);
  const states = await door.page.evaluate(async () => {
    const query = async (name: string) => (await navigator.permissions.query({ name } as unknown as PermissionDescriptor)).state;
    return {
      notifications: await query('notifications'),
      geolocation: await query('geolocation'),
      camera: await query('camera'),
      clipboardRead: await query('clipboard-read'),
      clipboardWrite: await query('clipboard-write'),
      notificationRequest: await Notification.requestPermission(),
    };
  });
  expect(states).toEqual({
    notifications: 'denied',
    geolocation: 'denied',
    camera: 'denied',
    clipboardRead: 'denied',
    clipboardWrite: 'granted',
    notificationRequest: 'denied',
  });
});
