import { copyShownPasscode, resetAndWaitPending, revealShownPasscode, signInAsDemoTechnician } from './support/app';
import { doorTitle, expect, onDouble, test } from './support/electron-door';

// Copy passcode in the Electron window: the permission handler must let our
// renderer write the clipboard (it once refused, and Copy failed silently),
// and hiding the passcode must take it off the clipboard again. The demo
// tenant's clock stands still until the test moves it (the app's test-only
// --demo-control), so the reset ends when the test says, not when enough
// real seconds have passed on a loaded machine.

interface ClipboardWrite {
  text: string;
  outcome: string;
}

test(doorTitle('Copy passcode puts the generated passcode on the clipboard and Hide now clears it'), async ({ launch }) => {
  const door = await launch({ demoControl: true });
  const { app, page } = door;
  await signInAsDemoTechnician(page);
  const dialog = await resetAndWaitPending(page, 'INC-ELECTRON-COPY', door.demo);
  const passcode = await revealShownPasscode(dialog);

  // GAP in the electron-double: its main-process `clipboard` is a string of its own, not the system
  // clipboard the page's navigator.clipboard writes to. So the test also watches the page's writes
  // (passing each through unchanged) and, on real Electron only, reads main's clipboard as well.
  // `clipboardWritesSettled(n)` resolves once n writes were made and each was written or refused:
  // the test waits on the writes themselves, never re-reads the list on a timer.
  await page.evaluate(() => {
    const writes: ClipboardWrite[] = [];
    const waiters: { count: number; resolve: (settled: ClipboardWrite[]) => void }[] = [];
    const wake = () => {
      for (const waiter of [...waiters]) {
        const first = writes.slice(0, waiter.count);
        if (first.length < waiter.count || first.some((entry) => entry.outcome === 'pending')) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(first.map((entry) => ({ ...entry })));
      }
    };
    Object.assign(window, {
      clipboardWrites: writes,
      clipboardWritesSettled: (count: number) => new Promise<ClipboardWrite[]>((resolve) => (waiters.push({ count, resolve }), wake())),
    });
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => {
      const entry = { text, outcome: 'pending' };
      writes.push(entry);
      return write(text).then(
        () => {
          entry.outcome = 'written';
          wake();
        },
        (error: unknown) => {
          entry.outcome = `refused: ${error instanceof Error ? error.name : String(error)}`;
          wake();
          throw error;
        },
      );
    };
  });
  const writes = () => page.evaluate(() => (window as unknown as { clipboardWrites: ClipboardWrite[] }).clipboardWrites);
  const settled = (count: number) => page.evaluate((n) => (window as unknown as { clipboardWritesSettled: (n: number) => Promise<ClipboardWrite[]> }).clipboardWritesSettled(n), count);
  const mainClipboard = () => app.evaluate(({ clipboard }) => clipboard.readText());

  await copyShownPasscode(dialog);
  expect(await settled(1)).toEqual([{ text: passcode, outcome: 'written' }]);
  if (!onDouble) expect(await mainClipboard()).toBe(passcode);

  await dialog.getByRole('button', { name: 'Hide now' }).click();
  await expect(dialog).toContainText('cannot be shown a second time');
  const cleared = [
    { text: passcode, outcome: 'written' },
    { text: '', outcome: 'written' },
  ];
  expect(await settled(2)).toEqual(cleared);
  expect(await writes(), 'nothing else was written').toEqual(cleared);
  if (!onDouble) expect(await mainClipboard()).toBe('');
});

test(doorTitle('quitting while a copied passcode is shown takes it off the clipboard (other text is left: unit test)'), async ({ launch }) => {
  const door = await launch({ demoControl: true });
  const { app, page } = door;
  await signInAsDemoTechnician(page);
  const dialog = await resetAndWaitPending(page, 'INC-ELECTRON-QUIT', door.demo);
  const passcode = await revealShownPasscode(dialog);
  await copyShownPasscode(dialog);
  // GAP in the electron-double (above): the page's copy does not reach main's clipboard, so the test puts it
  // there as real Electron's system clipboard would hold it. Then the app quits while the passcode is shown:
  // before-quit is emitted as app.quit() emits it, and main's clipboard is read once that handler has run.
  const afterQuit = (text: string) =>
    app.evaluate(async ({ app: electronApp, clipboard }, held) => {
      await clipboard.writeText(held);
      electronApp.emit('before-quit', { preventDefault: () => undefined });
      await new Promise((resolve) => setImmediate(resolve));
      return clipboard.readText();
    }, text);
  expect(await afterQuit(passcode)).toBe('');
});
