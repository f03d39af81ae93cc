import { channels } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

export const notAvailable = 'not available';

export interface AboutFacts {
  version: string;
  logFolder: string;
  fingerprint: string;
  keyStorage: string;
}

// Only the fields the About box shows, so it keeps working as the channels grow.
const appInfo = channels.getAppInfo.response.pick({ version: true, logFolder: true, signingKeyFingerprint: true });
const logStatus = channels.getLogStatus.response.pick({ folder: true, fingerprint: true, keyStorage: true });

function valueOf<T>(result: Result<unknown> | undefined, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): T | null {
  if (!result?.ok) return null;
  const parsed = schema.safeParse(result.value);
  return parsed.success ? parsed.data : null;
}

/**
 * The facts the About box shows, from the core's answers to getAppInfo and
 * getLogStatus. A channel that answers an error (the log may not be open, or
 * not wired yet) makes its facts "not available" rather than hiding the box.
 */
export function aboutFacts(appInfoResult: Result<unknown> | undefined, logStatusResult: Result<unknown> | undefined): AboutFacts {
  const info = valueOf(appInfoResult, appInfo);
  const status = valueOf(logStatusResult, logStatus);
  const keyStorage = status?.keyStorage === 'encrypted' ? 'encrypted by the operating system' : status?.keyStorage === 'memory' ? 'in memory only (this computer offers no encryption)' : notAvailable;
  return {
    version: info?.version ?? notAvailable,
    logFolder: status?.folder ?? info?.logFolder ?? notAvailable,
    fingerprint: status?.fingerprint ?? info?.signingKeyFingerprint ?? notAvailable,
    keyStorage,
  };
}

/** The box's text; also what "Copy details" puts on the clipboard, for support tickets and key pinning. */
export function aboutText(appName: string, facts: AboutFacts, versions: { electron?: string; chrome?: string; node?: string }): { message: string; detail: string } {
  return {
    message: appName,
    detail: [
      `Version: ${facts.version}`,
      `Action log folder: ${facts.logFolder}`,
      `Signing key fingerprint: ${facts.fingerprint}`,
      `Signing key storage: ${facts.keyStorage}`,
      '',
      `Electron ${versions.electron ?? '?'}, Chromium ${versions.chrome ?? '?'}, Node ${versions.node ?? '?'}`,
    ].join('\n'),
  };
}
