import { codedFaultCause, isOsErrorCode } from '../../shared/i18n/os-fault';

/**
 * The cause of a file fault as a coded message carries it: the OS error code
 * ("ENOSPC"), which the window words in its language and keeps for support
 * (shared/i18n/os-fault.ts), with the path Node names when it names one (an
 * admin with fifty log files needs to know which one could not be read), or
 * the error's text when it has no such code. Node's English sentence around
 * the code is dropped: it would reach an Italian window as it is.
 */
export function faultCause(error: unknown): string {
  const fault = error as NodeJS.ErrnoException | null;
  const code = fault?.code;
  if (typeof code === 'string' && isOsErrorCode(code)) return codedFaultCause(code, typeof fault?.path === 'string' ? fault.path : undefined);
  return error instanceof Error ? error.message : String(error);
}
