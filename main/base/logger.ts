import { redactSecrets } from './redact';

/**
 * Diagnostic logging for the main process. It is never given a token or a
 * passcode: callers pass messages and errors, and errors are reduced to their
 * message and stack (never a request's headers or body).
 */
export interface Logger {
  info(message: string): void;
  warn(message: string, cause?: unknown): void;
  error(message: string, cause?: unknown): void;
}

function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.stack ?? cause.message;
  return cause === undefined ? '' : String(cause);
}

/**
 * The browser host's diagnostic log is its terminal, which is often kept (scrollback, CI output):
 * it gets the same last line of defence as the file, so a token that slips into a message is masked.
 */
export function createConsoleLogger(prefix = 'passcode-desk'): Logger {
  const line = (message: string) => redactSecrets(`[${prefix}] ${message}`);
  return {
    info: (message) => console.info(line(message)),
    warn: (message, cause) => console.warn(line(message), redactSecrets(describe(cause))),
    error: (message, cause) => console.error(line(message), redactSecrets(describe(cause))),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
