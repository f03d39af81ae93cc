import type { Session } from '../../shared/auth/session';
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
    if (JSON.stringify(next) !== JSON.stringify(this.current)) {
      this.current = { ...next, revision: nextRevision() };
      this.events.emit('sessionChanged', this.get());
    }
    return this.get();
  }
}
