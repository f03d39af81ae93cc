import { sharedEn } from '../../shared/i18n/en';
import type { AppMessage } from '../../shared/messages/app-message';
import { word } from '../../shared/messages/coded-message';
import type { AppError, ErrorCode, Result } from '../../shared/result';

/**
 * An error result whose message is a code with values (`say`), so the window
 * words it in its language; `message` holds the same in English for main's
 * diagnostic log and the command line.
 */
export function errSaid<T = never>(code: ErrorCode, say: AppMessage, detail?: Record<string, unknown>): Result<T> {
  return { ok: false, error: saidError(code, say, detail) };
}

/** The error alone, for callers that hand back an AppError rather than a result. */
export function saidError(code: ErrorCode, say: AppMessage, detail?: Record<string, unknown>): AppError {
  const message = word(sharedEn.appMessages, say);
  return detail === undefined ? { code, message, say } : { code, message, say, detail };
}

type LogWrappers = 'logNotWritten' | 'logNotReadable' | 'closeNotWritten' | 'rereadNotWritten' | 'settingsNotRecorded';

/**
 * What to tell when the action log refused a write, or a read. The log's own error,
 * where it has a code (the writer stopped, the disk is full, an entry was
 * refused), is a whole sentence with what to do, so the window words that
 * one in its language; nesting it as English inside `wrapper`'s sentence
 * would mix languages. The English message keeps both, for main's log.
 */
export function logRefusal(wrapper: LogWrappers, inner: AppError): AppError {
  const outer = saidError('log_error', { code: wrapper, params: { cause: inner.message } });
  return inner.say ? { ...outer, say: inner.say } : outer;
}
