import type { Session } from '../../shared/auth/session';
import type { AppError, Result } from '../../shared/result';
import type { AuthService } from './auth-service';
import { createDemoAuthService, type DemoAuthOptions } from './demo-auth-service';
import { createMsalAuthService, type MsalAuthOptions } from './msal-auth-service';
import { checkTenantSettings, type CloudName } from './tenant-settings';
import { nextRevision } from './session-state';
import { NotSignedInError } from './token-provider';

/**
 * The one way the core gets its AuthService. Tenant settings are checked
 * here with the Settings form's own rules: settings that do not pass give a
 * service that stays signed out and says why (session `problem`, and
 * `invalid_settings` from signIn), so the app still starts and the
 * technician can fix them.
 */
export type AuthServiceOptions =
  | ({ readonly mode: 'demo' } & DemoAuthOptions)
  | ({
      readonly mode: 'tenant';
      /** Directory (tenant) id or verified domain, from Settings. */
      readonly tenant: string | null;
      /** Application (client) id of the technician's app registration, from Settings. */
      readonly clientId: string | null;
      /** Default `public` (login.microsoftonline.com, graph.microsoft.com). */
      readonly cloud?: CloudName;
    } & MsalAuthOptions);

export async function createAuthService(options: AuthServiceOptions): Promise<AuthService> {
  if (options.mode === 'demo') return createDemoAuthService(options);
  const target = checkTenantSettings(options.tenant, options.clientId, options.cloud);
  if (!target.ok) return unconfigured(target.error, options);
  return createMsalAuthService(target.value, options);
}

/** `problem`: which of tenant and client id is wrong, as a code the start screen words, and in English for the diagnostic log. */
function unconfigured(problem: AppError, options: MsalAuthOptions): AuthService {
  const refused: Result<never> = { ok: false, error: problem };
  const detail = problem.message;
  const session: Session = {
    status: 'signedOut',
    account: null,
    mode: 'tenant',
    tokenStorage: options.secretStore.isEncryptionAvailable() ? 'encrypted' : 'memory',
    problem,
    // Never changes: one revision, taken when this service is made, like any session's first.
    revision: nextRevision(),
  };
  const copy = () => ({ ...session });
  return {
    getSession: copy,
    signIn: async () => refused,
    cancelSignIn: copy,
    signOut: async () => copy(),
    account: () => null,
    getAccessToken: () => Promise.reject(new NotSignedInError(`Sign-in settings need fixing: ${detail}`)),
    close: () => Promise.resolve(),
    // Nobody can be signed in here, so Intune can have refused nobody.
    rememberRefusal: () => undefined,
  };
}
