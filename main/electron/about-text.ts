import { sharedText } from '../../shared/i18n/catalogue';
import type { Language } from '../../shared/i18n/language';
import { channels } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

/** What support details say for a fact the core could not give (that text is for support tickets, in English). */
export const notAvailable = 'not available';

/** The facts the About box shows; null for one the core could not give. */
export interface AboutFacts {
  version: string | null;
  logFolder: string | null;
  fingerprint: string | null;
  keyStorage: 'encrypted' | 'memory' | null;
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
 * not wired yet) leaves its facts null ("not available") rather than hiding the box.
 */
export function aboutFacts(appInfoResult: Result<unknown> | undefined, logStatusResult: Result<unknown> | undefined): AboutFacts {
  const info = valueOf(appInfoResult, appInfo);
  const status = valueOf(logStatusResult, logStatus);
  return {
    version: info?.version ?? null,
    logFolder: status?.folder ?? info?.logFolder ?? null,
    fingerprint: status?.fingerprint ?? info?.signingKeyFingerprint ?? null,
    keyStorage: status?.keyStorage ?? null,
  };
}

/** The box's title, buttons and text in the app's language; the text is also what "Copy details" puts on the clipboard. */
export function aboutText(
  appName: string,
  facts: AboutFacts,
  versions: { electron?: string; chrome?: string; node?: string },
  language: Language = 'en',
): { title: string; buttons: [ok: string, copy: string]; message: string; detail: string } {
  const text = sharedText[language].menu;
  const or = (value: string | null) => value ?? text.notAvailable;
  const keyStorage = facts.keyStorage === 'encrypted' ? text.keyEncrypted : facts.keyStorage === 'memory' ? text.keyInMemory : text.notAvailable;
  return {
    title: text.about(appName),
    buttons: [text.aboutOk, text.aboutCopy],
    message: appName,
    detail: [
      `${text.version}: ${or(facts.version)}`,
      `${text.logFolder}: ${or(facts.logFolder)}`,
      `${text.fingerprint}: ${or(facts.fingerprint)}`,
      `${text.keyStorage}: ${keyStorage}`,
      '',
      `Electron ${versions.electron ?? '?'}, Chromium ${versions.chrome ?? '?'}, Node ${versions.node ?? '?'}`,
    ].join('\n'),
  };
}
