import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from './logger';
import { redactSecrets } from './redact';

export const diagnosticLogName = 'passcode-desk.log';

export interface DiagnosticLogOptions {
  /** The OS's logs folder (Electron's app.getPath('logs')), asked for on the first write. */
  folder: () => string;
  /** A file grows to this size, then is rotated. */
  maxBytes?: number;
  /** How many rotated files are kept beside the current one (passcode-desk.1.log is the newest). */
  keep?: number;
  now?: () => Date;
  /** Also write to the console (development, and the terminal a packaged app was started from). */
  echo?: boolean;
}

export interface DiagnosticLog extends Logger {
  /** The current file, for Help > Open Diagnostic Log. */
  file(): string;
  /** Graph's request ids of the last calls, newest first: support asks for them. */
  recentGraphRequestIds(): string[];
}

const requestIdPattern = /request-id ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;
const keptRequestIds = 10;

function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.stack ?? cause.message;
  return cause === undefined ? '' : String(cause);
}

/**
 * The diagnostic log: one line per event, in the OS's usual logs folder, so
 * "details are in the app's diagnostic log" points at a file that exists on
 * Windows and macOS too. Rotated by size so it never grows without bound;
 * every line goes through redactSecrets. A write that fails (a full disk, a
 * folder taken away) is dropped: the diagnostic log must never stop the app.
 */
export function createDiagnosticLog(options: DiagnosticLogOptions): DiagnosticLog {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  const requestIds: string[] = [];
  let folder: string | null = null;
  let size = -1;

  const fileIn = (dir: string, n: number) => path.join(dir, n === 0 ? diagnosticLogName : diagnosticLogName.replace(/\.log$/, `.${n}.log`));

  function rotate(dir: string): void {
    rmSync(fileIn(dir, keep), { force: true });
    for (let n = keep - 1; n >= 0; n--) if (existsSync(fileIn(dir, n))) renameSync(fileIn(dir, n), fileIn(dir, n + 1));
    size = 0;
  }

  function write(level: 'INFO' | 'WARN' | 'ERROR', message: string, cause?: unknown): void {
    const detail = describe(cause);
    const line = redactSecrets(`${now().toISOString()} ${level} ${message}${detail ? ` | ${detail.replace(/\n/g, '\n    ')}` : ''}`) + '\n';
    const id = requestIdPattern.exec(line)?.[1];
    if (id && requestIds[0] !== id) {
      requestIds.unshift(id);
      requestIds.length = Math.min(requestIds.length, keptRequestIds);
    }
    if (options.echo) (level === 'ERROR' ? console.error : level === 'WARN' ? console.warn : console.info)(line.trimEnd());
    try {
      if (folder === null) {
        folder = options.folder();
        mkdirSync(folder, { recursive: true });
      }
      if (size < 0) size = existsSync(fileIn(folder, 0)) ? statSync(fileIn(folder, 0)).size : 0;
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) rotate(folder);
      appendFileSync(fileIn(folder, 0), line);
      size += bytes;
    } catch {
      // Nowhere left to say it; the console echo (when on) already has it.
    }
  }

  return {
    info: (message) => write('INFO', message),
    warn: (message, cause) => write('WARN', message, cause),
    error: (message, cause) => write('ERROR', message, cause),
    file: () => fileIn(folder ?? options.folder(), 0),
    recentGraphRequestIds: () => requestIds.slice(),
  };
}
