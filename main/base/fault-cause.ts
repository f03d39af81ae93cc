import { isOsErrorCode } from '../../shared/i18n/os-fault';

/**
 * The cause of a file fault as a coded message carries it: the OS error code
 * alone ("ENOSPC"), which the window words in its language and keeps for
 * support (shared/i18n/os-fault.ts), or the error's text when it has no such
 * code. The full Node.js text, path included, is what main's diagnostic log
 * gets from the error itself.
 */
export function faultCause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && isOsErrorCode(code)) return code;
  return error instanceof Error ? error.message : String(error);
}
