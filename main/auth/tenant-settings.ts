import { clientIdSchema, tenantSchema } from '../../shared/settings/settings';
import { err, ok, type Result } from '../../shared/result';
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

function firstIssue(result: { success: boolean; error?: { issues: Array<{ message: string }> } }, missing: string): string | null {
  if (result.success) return null;
  return result.error?.issues[0]?.message ?? missing;
}

/** Checks tenant and client id; the error's message lists every problem, one sentence each. */
export function checkTenantSettings(tenant: string | null | undefined, clientId: string | null | undefined, cloud: CloudName = 'public'): Result<TenantTarget> {
  const problems: string[] = [];
  const tenantProblem = tenant ? firstIssue(tenantSchema.safeParse(tenant), 'The tenant is not valid.') : 'Enter the tenant: its directory (tenant) ID or a verified domain.';
  const clientProblem = clientId ? firstIssue(clientIdSchema.safeParse(clientId), 'The client ID is not valid.') : 'Enter the client ID: the Application (client) ID of your app registration.';
  if (tenantProblem) problems.push(tenantProblem);
  if (clientProblem) problems.push(clientProblem);
  if (!Object.prototype.hasOwnProperty.call(clouds, cloud)) problems.push(`Unknown cloud '${String(cloud)}'.`);
  if (problems.length > 0 || !tenant || !clientId) return err('invalid_settings', problems.join(' '), { problems });
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
