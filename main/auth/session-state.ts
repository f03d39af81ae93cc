import type { AccountRefusal, Session } from '../../shared/auth/session';
import type { EventHub } from '../base/events';

/**
 * One count for the whole run, not one per SessionState: after a tenant switch the new tenant's
 * session must read as newer than anything the old one announced.
 */
let lastRevision = 0;
/** The next session revision of this run (also for a session that never changes, create-auth-service.ts). */
export const nextRevision = (): number => ++lastRevision;

/**
 * The session the renderer sees, held in one place so every change is
 * announced once as `sessionChanged`, and only when something changed.
 * Each change gets a higher `revision`, which the window uses to tell a late
 * copy from the latest (shared/auth/session.ts).
 */
export class SessionState {
  private current: Session;

  constructor(
    private readonly events: EventHub,
    initial: Omit<Session, 'revision'>,
  ) {
    this.current = { ...initial, revision: nextRevision() };
  }

  get(): Session {
    return { ...this.current, account: this.current.account && { ...this.current.account } };
  }

  update(patch: Partial<Omit<Session, 'revision'>>): Session {
    const next: Session = { ...this.current, ...patch };
    // What Intune refused and which scopes were missing belong to one tenant's account: another account (or
    // none, at sign-out) starts without them. They live in this object only, never on disk.
    if (!sameAccount(this.current.account, next.account)) {
      if (!('accountRefusal' in patch)) delete next.accountRefusal;
      if (!('missingScopes' in patch)) delete next.missingScopes;
    }
    if (next.accountRefusal === undefined) delete next.accountRefusal;
    if (next.missingScopes === undefined || next.missingScopes.length === 0) delete next.missingScopes;
    if (JSON.stringify(next) !== JSON.stringify(this.current)) {
      this.current = { ...next, revision: nextRevision() };
      this.events.emit('sessionChanged', this.get());
    }
    return this.get();
  }

  /**
   * Keeps Intune's refusal of `refused` (the account the request went out under) until sign-out, and tells the
   * window. A refusal that comes back after that account signed out, or after someone else signed in, is dropped.
   */
  rememberRefusal(refusal: AccountRefusal, refused: { objectId: string; tenantId: string }): void {
    const account = this.current.account;
    if (this.current.status !== 'signedIn' || !sameAccount(account, { ...refused, name: '', upn: '' })) return;
    this.update({ accountRefusal: refusal });
  }
}

function sameAccount(a: Session['account'], b: Session['account']): boolean {
  if (a === null || b === null) return a === b;
  return a.objectId === b.objectId && a.tenantId.toLowerCase() === b.tenantId.toLowerCase();
}
