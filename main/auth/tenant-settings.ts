import { clientIdSchema, tenantSchema } from '../../shared/settings/settings';
import { sharedEn } from '../../shared/i18n/en';
import type { AppMessage } from '../../shared/messages/app-message';
import { word } from '../../shared/messages/coded-message';
import { ok, type Result } from '../../shared/result';
import { graphScopes, type GraphScopeSet } from './token-provider';

/**
 * What tenant mode needs to know before MSAL is built: a checked tenant and
 * client id (the same rules and words as the Settings form), and the cloud,
 * which decides the sign-in host and the Graph resource the scopes name.
 */
export const clouds = {
  public: { authorityHost: 'login.microsoftonline.com', graphResource: 'https://graph.microsoft.com' },
  usGovernment: { authorityHost: 'login.microsoftonline.us', graphResource: 'https://graph.microsoft.us' },
  china: { authorityHost: 'login.partner.microsoftonline.cn', graphResource: 'https://microsoftgraph.chinacloudapi.cn' },
} as const;
export type CloudName = keyof typeof clouds;

export interface TenantTarget {
  readonly tenant: string;
  readonly clientId: string;
  readonly cloud: CloudName;
  /** `https://{host}/{tenant}` */
  readonly authority: string;
  readonly authorityHost: string;
}

/**
 * Which of the settings is wrong, one coded sentence each (in English for the
 * diagnostic log, in the window's language on the start screen).
 */
function problemsOf(tenant: string | null | undefined, clientId: string | null | undefined, cloud: string): AppMessage[] {
  const problems: AppMessage[] = [];
  if (!tenant) problems.push({ code: 'signInTenantMissing', params: {} });
  else if (!tenantSchema.safeParse(tenant).success) problems.push({ code: 'signInTenantInvalid', params: {} });
  if (!clientId) problems.push({ code: 'signInClientIdMissing', params: {} });
  else if (!clientIdSchema.safeParse(clientId).success) problems.push({ code: 'signInClientIdInvalid', params: {} });
  if (!Object.prototype.hasOwnProperty.call(clouds, cloud)) problems.push({ code: 'signInCloudUnknown', params: { cloud } });
  return problems;
}

/**
 * Checks tenant and client id. The error says the one problem when there is
 * one, else the general "check both"; `detail.problems` has every problem
 * as a code, and the message lists them all in English.
 */
export function checkTenantSettings(tenant: string | null | undefined, clientId: string | null | undefined, cloud: CloudName = 'public'): Result<TenantTarget> {
  const problems = problemsOf(tenant, clientId, String(cloud));
  if (problems.length > 0 || !tenant || !clientId) {
    const say: AppMessage = problems.length === 1 ? problems[0]! : { code: 'signInSettingsNeedFixing', params: {} };
    const message = problems.map((problem) => word(sharedEn.appMessages, problem)).join(' ');
    return { ok: false, error: { code: 'invalid_settings', message, say, detail: { problems } } };
  }
  const authorityHost = clouds[cloud].authorityHost;
  const cleanTenant = tenant.trim().toLowerCase();
  return ok({ tenant: cleanTenant, clientId: clientId.trim().toLowerCase(), cloud, authorityHost, authority: `https://${authorityHost}/${cleanTenant}` });
}

/** The scopes of a set, for the cloud's Graph resource. */
export function scopesFor(set: GraphScopeSet, cloud: CloudName): string[] {
  return graphScopes[set].map((scope) => scope.replace('https://graph.microsoft.com', clouds[cloud].graphResource));
}

/** Asked for together at sign-in, so one consent covers reading and resetting. */
export function signInScopes(cloud: CloudName): string[] {
  return [...scopesFor('read', cloud), ...scopesFor('privileged', cloud)];
}
