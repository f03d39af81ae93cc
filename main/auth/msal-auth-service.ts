import { LogLevel, PublicClientApplication, type AccountInfo, type INetworkModule } from '@azure/msal-node';
import type { Account, AccountRefusal, Session } from '../../shared/auth/session';
import type { Result } from '../../shared/result';
import { systemClock, type Clock } from '../base/clock';
import type { EventHub } from '../base/events';
import type { Logger } from '../base/logger';
import type { SecretStore } from '../platform/secret-store';
import { describeAuthFailure, problemOf } from './auth-errors';
import { missingScopes } from './granted-scopes';
import type { AuthService, SignInMethod } from './auth-service';
import { signInWithBrowser, signInWithCode, type FlowContext } from './msal-flows';
import { SessionState } from './session-state';
import { signInNetwork, type SignInNetwork } from './sign-in-network';
import { SignInSlot } from './sign-in-slot';
import { scopesFor, signInScopes, type TenantTarget } from './tenant-settings';
import { openTokenCacheFile, type TokenCacheFile } from './token-cache-file';
import { NotSignedInError, type GraphScopeSet } from './token-provider';

/** Tenant mode: MSAL Node's public client against Entra ID. */
export interface MsalAuthOptions {
  readonly events: EventHub;
  /** The encrypted token cache, e.g. `<userData>/sign-in-cache.bin`. */
  readonly cacheFile: string;
  readonly secretStore: SecretStore;
  /** Opens an https URL in the system browser (PlatformServices.openExternal). */
  openBrowser(url: string): Promise<void>;
  /** Replaces MSAL's HTTP client; tests map the sign-in host onto the demo tenant with it. */
  readonly networkClient?: INetworkModule;
  readonly logger?: Logger;
  /** How long the browser has to come back; default 5 minutes. */
  readonly interactiveTimeoutMs?: number;
  /** Time for the sign-in's time limit and the device code's expiry; the system clock unless a test drives it. */
  readonly clock?: Clock;
}

const toAccount = (info: AccountInfo): Account => ({
  name: info.name || info.username,
  upn: info.username,
  objectId: info.localAccountId,
  tenantId: info.tenantId,
});

export async function createMsalAuthService(target: TenantTarget, options: MsalAuthOptions): Promise<AuthService> {
  const cache = await openTokenCacheFile(options.cacheFile, `${target.authority} ${target.clientId}`, options.secretStore, options.logger);
  const network = signInNetwork(options.networkClient);
  const pca = new PublicClientApplication({
    auth: { clientId: target.clientId, authority: target.authority },
    cache: cache.plugin ? { cachePlugin: cache.plugin } : {},
    system: {
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (_level, message, containsPii) => {
          if (!containsPii) options.logger?.warn(`MSAL: ${message}`);
        },
      },
      networkClient: network.client,
    },
  });
  const accounts = await pca.getAllAccounts();
  // One technician at a time; the tenant id is only comparable when Settings gave a GUID.
  const restored = accounts.find((a) => a.tenantId.toLowerCase() === target.tenant) ?? accounts[0] ?? null;
  return new MsalAuthService(pca, target, cache, network, options, restored);
}

class MsalAuthService implements AuthService {
  private readonly session: SessionState;
  private readonly slot: SignInSlot;

  constructor(
    private readonly pca: PublicClientApplication,
    private readonly target: TenantTarget,
    private readonly cache: TokenCacheFile,
    private readonly network: SignInNetwork,
    private readonly options: MsalAuthOptions,
    private current: AccountInfo | null,
  ) {
    const initial: Omit<Session, 'revision'> = {
      status: current ? 'signedIn' : 'signedOut',
      account: current && toAccount(current),
      mode: 'tenant',
      tokenStorage: cache.storage,
      problem: cache.problem,
    };
    this.session = new SessionState(options.events, initial);
    this.slot = new SignInSlot(this.session, () => this.current !== null);
  }

  getSession(): Session {
    return this.session.get();
  }

  account(): Account | null {
    return this.current && toAccount(this.current);
  }

  async getAccessToken(set: GraphScopeSet, options?: { forceRefresh?: boolean }): Promise<string> {
    const account = this.current;
    if (!account) throw new NotSignedInError();
    try {
      const result = await this.pca.acquireTokenSilent({ account, scopes: scopesFor(set, this.target.cloud), forceRefresh: options?.forceRefresh === true });
      if (!result?.accessToken) throw new Error('Microsoft sign-in returned no access token');
      // A restored sign-in learns here what was granted (each token lists every Graph scope granted, not only the set asked).
      if (this.current === account) this.session.update({ missingScopes: this.missingOf(result.scopes) });
      return result.accessToken;
    } catch (error) {
      const failure = describeAuthFailure(error);
      if (!failure.needsSignIn) throw new Error(failure.message);
      if (this.current === account) {
        this.current = null;
        this.session.update(this.slot.pending ? { account: null } : { status: 'signedOut', account: null, problem: problemOf(failure) });
      }
      throw new NotSignedInError(failure.message);
    }
  }

  async signIn(method: SignInMethod): Promise<Result<Session>> {
    const attempt = this.slot.begin();
    const context: FlowContext = {
      scopes: signInScopes(this.target.cloud),
      authorityHost: this.target.authorityHost,
      openBrowser: (url) => this.options.openBrowser(url),
      ...(this.current && { loginHint: this.current.username }),
      onDeviceCode: (prompt) => this.options.events.emit('deviceCodeIssued', prompt),
      lastServerError: () => this.network.lastServerError(),
      now: () => (this.options.clock ?? systemClock).now(),
    };
    this.network.forget();
    if (method === 'interactive') attempt.limit(this.options.interactiveTimeoutMs ?? 5 * 60_000, this.options.clock ?? systemClock);
    const work = (async () => {
      const flow = method === 'interactive' ? signInWithBrowser(this.pca, attempt, context) : signInWithCode(this.pca, attempt, context);
      const result = await attempt.run(flow);
      if (!result.account) throw new Error('Microsoft sign-in returned no account');
      await this.forgetOthers(result.account);
      return { account: result.account, missingScopes: this.missingOf(result.scopes) };
    })();
    return this.slot.settle(attempt, work, (signedIn) => {
      this.current = signedIn.account;
      return this.session.update({ status: 'signedIn', account: toAccount(signedIn.account), problem: null, missingScopes: signedIn.missingScopes });
    });
  }

  cancelSignIn(): Session {
    return this.slot.cancel();
  }

  async signOut(): Promise<Session> {
    this.cancelSignIn();
    this.current = null;
    try {
      for (const account of await this.pca.getAllAccounts()) await this.pca.signOut({ account });
    } catch (error) {
      this.options.logger?.warn('Signing out could not clear the token cache', error);
    }
    await this.cache.flush();
    return this.session.update({ status: 'signedOut', account: null, problem: null });
  }

  async close(): Promise<void> {
    this.slot.cancel();
    await this.cache.flush();
  }

  rememberRefusal(refusal: AccountRefusal, refused: { objectId: string; tenantId: string }): void {
    this.session.rememberRefusal(refusal, refused);
  }

  /** What the sign-in asked for that this token response did not grant (granted-scopes.ts). */
  private missingOf(granted: readonly string[] | undefined): string[] {
    return missingScopes(signInScopes(this.target.cloud), granted ?? null);
  }

  /** The cache keeps one technician: the previous one's tokens go when someone else signs in. */
  private async forgetOthers(keep: AccountInfo): Promise<void> {
    for (const account of await this.pca.getAllAccounts()) {
      if (account.homeAccountId !== keep.homeAccountId) await this.pca.signOut({ account });
    }
  }
}
