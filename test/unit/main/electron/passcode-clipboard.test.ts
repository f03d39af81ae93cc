import { describe, expect, it } from 'vitest';
import { shownPasscodes, type ClipboardAccess } from '../../../../main/electron/passcode-clipboard';
import type { Dispatch } from '../../../../main/base/ipc/dispatch';
import { ok } from '../../../../shared/result';

function fakeClipboard(text: string): ClipboardAccess & { text: string; cleared: number } {
  return {
    text,
    cleared: 0,
    // Electron's readText is asynchronous.
    async readText() {
      return this.text;
    },
    clear() {
      this.text = '';
      this.cleared++;
    },
  };
}

// Main's dispatch as the window sees it: revealPasscode hands over the passcode once.
const handingOver = (passcode: string): Dispatch => async (channel) => (channel === 'revealPasscode' || channel === 'revealPasscodeAgain' ? ok({ passcode, keptUntil: 'x' }) : ok({}));
const context = { door: 'electron' as const };

describe('a copied passcode at quit', () => {
  it('is cleared from the clipboard if the app quits while it is there', async () => {
    let now = 0;
    const shown = shownPasscodes(() => now);
    const dispatch = shown.watch(handingOver('483920'));
    await dispatch('revealPasscode', { actionId: 'a-1' }, context);
    const clipboard = fakeClipboard('483920');
    now = 30_000; // quit while the reveal is on screen
    expect(await shown.clearIfOnClipboard(clipboard)).toBe(true);
    expect(clipboard).toMatchObject({ text: '', cleared: 1 });
  });

  it('covers a passcode shown again within Intune\'s seven days too', async () => {
    const shown = shownPasscodes(() => 0);
    await shown.watch(handingOver('Xy7-kq2'))('revealPasscodeAgain', { actionId: 'a-1', reason: 'user lost it' }, context);
    const clipboard = fakeClipboard('Xy7-kq2\n');
    expect(await shown.clearIfOnClipboard(clipboard)).toBe(true);
  });

  it('leaves the clipboard alone when it holds something else the technician copied since', async () => {
    const shown = shownPasscodes(() => 0);
    await shown.watch(handingOver('483920'))('revealPasscode', { actionId: 'a-1' }, context);
    const clipboard = fakeClipboard('INC-12345');
    expect(await shown.clearIfOnClipboard(clipboard)).toBe(false);
    expect(clipboard).toMatchObject({ text: 'INC-12345', cleared: 0 });
  });

  it('leaves it alone when no passcode was shown, or the last one long ago', async () => {
    expect(await shownPasscodes(() => 0).clearIfOnClipboard(fakeClipboard('483920'))).toBe(false);
    let now = 0;
    const shown = shownPasscodes(() => now);
    await shown.watch(handingOver('483920'))('revealPasscode', { actionId: 'a-1' }, context);
    now = 60 * 60_000;
    const clipboard = fakeClipboard('483920');
    expect(await shown.clearIfOnClipboard(clipboard)).toBe(false);
    expect(clipboard.cleared).toBe(0);
  });

  it('passes every result through unchanged and keeps no passcode in the clear', async () => {
    const shown = shownPasscodes(() => 0);
    const result = await shown.watch(handingOver('483920'))('revealPasscode', { actionId: 'a-1' }, context);
    expect(result).toEqual({ ok: true, value: { passcode: '483920', keptUntil: 'x' } });
    expect(JSON.stringify(shown)).not.toContain('483920');
  });
});
