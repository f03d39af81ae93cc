import { channels } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';
import { notAvailable } from './about-text';

export interface SupportFacts {
  appName: string;
  version: string;
  os: string;
  mode: string;
  tenantId: string;
  diagnosticLog: string;
  graphRequestIds: readonly string[];
  versions: { electron?: string; chrome?: string };
}

const appInfo = channels.getAppInfo.response.pick({ version: true, mode: true });
const session = channels.getSession.response.pick({ account: true });

function valueOf<T>(result: Result<unknown> | undefined, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): T | null {
  if (!result?.ok) return null;
  const parsed = schema.safeParse(result.value);
  return parsed.success ? parsed.data : null;
}

/** The app's own facts for a support ticket, from the core's answers (never a token: the session carries none). */
export function supportFactsFrom(info: Result<unknown> | undefined, sessionResult: Result<unknown> | undefined) {
  const app = valueOf(info, appInfo);
  const account = valueOf(sessionResult, session)?.account ?? null;
  return { version: app?.version ?? notAvailable, mode: app?.mode ?? notAvailable, tenantId: account?.tenantId ?? 'not signed in' };
}

/** Help > Copy Support Details: what a helpdesk lead or Microsoft support asks for first, as plain text. */
export function supportDetailsText(facts: SupportFacts): string {
  return [
    `${facts.appName} ${facts.version}`,
    `OS: ${facts.os}`,
    `Electron ${facts.versions.electron ?? '?'}, Chromium ${facts.versions.chrome ?? '?'}`,
    `Mode: ${facts.mode}`,
    `Tenant ID: ${facts.tenantId}`,
    `Diagnostic log: ${facts.diagnosticLog}`,
    `Last Graph request IDs: ${facts.graphRequestIds.length > 0 ? facts.graphRequestIds.join(', ') : 'none yet'}`,
  ].join('\n');
}
