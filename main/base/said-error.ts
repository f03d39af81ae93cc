import { sharedEn } from '../../shared/i18n/en';
import type { AppMessage } from '../../shared/messages/app-message';
import { word } from '../../shared/messages/coded-message';
import type { ErrorCode, Result } from '../../shared/result';

/**
 * An error result whose message is a code with values (`say`), so the window
 * words it in its language; `message` holds the same in English for main's
 * diagnostic log and the command line.
 */
export function errSaid<T = never>(code: ErrorCode, say: AppMessage, detail?: Record<string, unknown>): Result<T> {
  const message = word(sharedEn.appMessages, say);
  return { ok: false, error: detail === undefined ? { code, message, say } : { code, message, say, detail } };
}
