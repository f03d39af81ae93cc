import { createHash, randomBytes } from 'node:crypto';
import type { Dispatch } from '../base/ipc/dispatch';

/**
 * A generated passcode the technician copied must not stay on the clipboard
 * once the app is gone. The window takes it off when the reveal closes or
 * after 60 s, but a quit while it is shown ends the window first. So main,
 * which handed the passcode over, remembers a salted hash of it (never the
 * passcode: nothing keeps it beyond the moment it is shown) for a few minutes,
 * and on quit clears the clipboard only if it still holds that passcode:
 * whatever the technician copied since is left alone.
 */
export interface ClipboardAccess {
  /** Electron's clipboard reads asynchronously (as navigator.clipboard does). */
  readText(): string | Promise<string>;
  clear(): void;
}

/** Longer than the window shows a passcode (60 s), so a quit at any moment of a reveal is covered. */
const rememberMs = 5 * 60_000;
const revealChannels = new Set(['revealPasscode', 'revealPasscodeAgain']);

export interface ShownPasscodes {
  /** The IPC dispatch, noting each passcode it hands to the window. */
  watch(dispatch: Dispatch): Dispatch;
  /** On quit: clears the clipboard if it holds a passcode shown in the last minutes; true if it did. */
  clearIfOnClipboard(clipboard: ClipboardAccess): Promise<boolean>;
}

export function shownPasscodes(now: () => number = Date.now): ShownPasscodes {
  const salt = randomBytes(32);
  const shown: Array<{ hash: string; until: number }> = [];
  const hashOf = (text: string) => createHash('sha256').update(salt).update(text, 'utf8').digest('hex');
  const remember = (passcode: string) => {
    const at = now();
    shown.splice(0, shown.length, ...shown.filter((s) => s.until > at));
    shown.push({ hash: hashOf(passcode), until: at + rememberMs });
  };
  return {
    watch: (dispatch) => async (channel, raw, context) => {
      const result = await dispatch(channel, raw, context);
      const passcode = result.ok && revealChannels.has(channel) ? (result.value as { passcode?: unknown }).passcode : undefined;
      if (typeof passcode === 'string' && passcode !== '') remember(passcode);
      return result;
    },
    async clearIfOnClipboard(clipboard) {
      const at = now();
      const live = shown.filter((s) => s.until > at);
      shown.length = 0;
      if (live.length === 0) return false;
      let text: string;
      try {
        text = await clipboard.readText();
      } catch {
        return false;
      }
      // The window may have copied it with surrounding whitespace trimmed or not: compare both.
      const candidates = new Set([hashOf(text), hashOf(text.trim())]);
      if (!live.some((s) => candidates.has(s.hash))) return false;
      clipboard.clear();
      return true;
    },
  };
}
