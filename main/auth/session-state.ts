import type { Session } from '../../shared/auth/session';
import type { EventHub } from '../base/events';

/**
 * The session the renderer sees, held in one place so every change is
 * announced once as `sessionChanged`, and only when something changed.
 */
export class SessionState {
  private current: Session;

  constructor(
    private readonly events: EventHub,
    initial: Session,
  ) {
    this.current = initial;
  }

  get(): Session {
    return { ...this.current, account: this.current.account && { ...this.current.account } };
  }

  update(patch: Partial<Session>): Session {
    const next: Session = { ...this.current, ...patch };
    if (JSON.stringify(next) !== JSON.stringify(this.current)) {
      this.current = next;
      this.events.emit('sessionChanged', this.get());
    }
    return this.get();
  }
}
