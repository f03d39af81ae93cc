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

export function createConsoleLogger(prefix = 'passcode-desk'): Logger {
  return {
    info: (message) => console.info(`[${prefix}] ${message}`),
    warn: (message, cause) => console.warn(`[${prefix}] ${message}`, describe(cause)),
    error: (message, cause) => console.error(`[${prefix}] ${message}`, describe(cause)),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
