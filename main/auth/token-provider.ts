import { privilegedScopeName } from '../../shared/auth/session';

/**
 * How the Graph client gets a bearer token, without knowing who signs in or
 * how (MSAL against Entra ID, or the demo tenant's identity endpoint). Tokens
 * stay inside the main process: nothing that holds one is ever sent over IPC
 * or written to a log.
 */
export const graphScopes = {
  /** List devices, read one device, read remoteActionAudits. */
  read: ['https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All'],
  /** resetPasscode. */
  privileged: [`https://graph.microsoft.com/${privilegedScopeName}`],
} as const;

export type GraphScopeSet = keyof typeof graphScopes;

export interface TokenProvider {
  /**
   * A valid access token for the scope set, renewed silently when needed.
   * `forceRefresh` after Graph answered 401. Rejects with NotSignedInError
   * when nobody is signed in or silent renewal needs the user.
   */
  getAccessToken(scopes: GraphScopeSet, options?: { forceRefresh?: boolean }): Promise<string>;
}

export class NotSignedInError extends Error {
  constructor(message = 'Sign in to continue') {
    super(message);
    this.name = 'NotSignedInError';
  }
}
