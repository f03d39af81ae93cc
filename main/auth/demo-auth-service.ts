import { z } from 'zod';
import type { Account, AccountRefusal, Session } from '../../shared/auth/session';
import type { Result } from '../../shared/result';
import type { EventHub } from '../base/events';
import type { AuthService, SignInMethod } from './auth-service';
import { missingScopes } from './granted-scopes';
import { SessionState } from './session-state';
import { SignInSlot } from './sign-in-slot';
import { graphScopes, NotSignedInError, type GraphScopeSet } from './token-provider';

/**
 * Demo mode: signs a demo technician in to the built-in demo tenant with no
 * browser and no code (`POST /demo/oauth2/token`). The token lives in this
 * object only and is bought again when it runs out or Graph refuses it.
 */
export interface DemoAuthOptions {
  readonly events: EventHub;
  /** The demo tenant's origin, e.g. http://127.0.0.1:51234 */
  readonly demoTenantUrl: string;
  /** Which of the demo tenant's technicians signs in (the demo backend picks one). */
  readonly technicianUpn: string;
  readonly now?: () => number;
}

const tokenAnswer = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  /** The Graph permissions granted, space-separated; absent: not said. */
  scope: z.string().optional(),
  account: z.object({ name: z.string(), upn: z.string(), oid: z.string(), tenantId: z.string() }),
});

interface Bought {
  readonly token: { readonly value: string; readonly expiresAt: number };
  readonly account: Account;
  /** What the sign-in asks Entra ID for (token-provider.ts) that this technician's token was not granted. */
  readonly missingScopes: string[];
}

const askedScopes = [...graphScopes.read, ...graphScopes.privileged];

// Renew a minute early, so a token does not run out between being handed over and reaching Graph.
const EARLY_MS = 60_000;

export function createDemoAuthService(options: DemoAuthOptions): AuthService {
  return new DemoAuthService(options);
}

class DemoAuthService implements AuthService {
  private readonly session: SessionState;
  private readonly now: () => number;
  private token: { value: string; expiresAt: number } | null = null;
  private renewing: Promise<string> | null = null;
  private readonly slot: SignInSlot;

  constructor(private readonly options: DemoAuthOptions) {
    this.now = options.now ?? Date.now;
    this.session = new SessionState(options.events, { status: 'signedOut', account: null, mode: 'demo', tokenStorage: 'memory', problem: null });
    this.slot = new SignInSlot(this.session, () => this.token !== null);
  }

  getSession(): Session {
    return this.session.get();
  }

  account(): Account | null {
    return this.session.get().account;
  }

  async getAccessToken(_set: GraphScopeSet, options?: { forceRefresh?: boolean }): Promise<string> {
    const account = this.account();
    if (!account || !this.token) throw new NotSignedInError();
    if (!options?.forceRefresh && this.now() < this.token.expiresAt - EARLY_MS) return this.token.value;
    // Concurrent callers after a 401 share one renewal.
    this.renewing ??= this.fetchToken(account.upn).finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }

  async signIn(_method: SignInMethod): Promise<Result<Session>> {
    const attempt = this.slot.begin();
    const controller = new AbortController();
    attempt.onEnd(() => controller.abort());
    const upn = this.options.technicianUpn;
    return this.slot.settle(attempt, attempt.run(this.buyToken(upn, controller.signal)), (bought) => {
      this.token = bought.token;
      return this.session.update({ status: 'signedIn', account: bought.account, problem: null, missingScopes: bought.missingScopes });
    });
  }

  cancelSignIn(): Session {
    return this.slot.cancel();
  }

  async signOut(): Promise<Session> {
    this.cancelSignIn();
    this.token = null;
    return this.session.update({ status: 'signedOut', account: null, problem: null });
  }

  async close(): Promise<void> {
    this.cancelSignIn();
    this.token = null;
  }

  rememberRefusal(refusal: AccountRefusal, refused: { objectId: string; tenantId: string }): void {
    this.session.rememberRefusal(refusal, refused);
  }

  private async fetchToken(upn: string): Promise<string> {
    let bought: Bought;
    try {
      bought = await this.buyToken(upn);
    } catch (error) {
      throw new Error(`The demo tenant could not renew the sign-in: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Signed out (or someone else signed in) while the request was out: this token is nobody's.
    if (this.account()?.upn !== upn) throw new NotSignedInError();
    this.token = bought.token;
    return bought.token.value;
  }

  private async buyToken(upn: string, signal?: AbortSignal): Promise<Bought> {
    let response: Response;
    try {
      response = await fetch(new URL('/demo/oauth2/token', this.options.demoTenantUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ upn }),
        ...(signal && { signal }),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new Error('the demo tenant could not be reached');
    }
    const body: unknown = await response.json().catch(() => null);
    const answer = tokenAnswer.safeParse(body);
    if (!response.ok || !answer.success) {
      const description = (body as { error_description?: unknown } | null)?.error_description;
      throw new Error(typeof description === 'string' ? description : `the demo tenant answered ${response.status} without a token`);
    }
    const a = answer.data.account;
    return {
      token: { value: answer.data.access_token, expiresAt: this.now() + answer.data.expires_in * 1000 },
      account: { name: a.name, upn: a.upn, objectId: a.oid, tenantId: a.tenantId },
      missingScopes: missingScopes(askedScopes, answer.data.scope === undefined ? null : answer.data.scope.split(/\s+/).filter((s) => s !== '')),
    };
  }
}
