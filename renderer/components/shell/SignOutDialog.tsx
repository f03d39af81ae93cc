import { useId, useRef } from 'react';
import type { ActionSummary } from '../../../shared/actions/action-summary';
import { useT } from '../../hooks/use-messages';
import { Modal } from '../common/Modal';

/** The most actions named in the dialog; more are counted in its title. */
const shownActions = 5;

/**
 * Asked before signing out while actions are still followed. What it says is what the code does:
 * sign-out calls nothing in Intune; the action service keeps following, but its calls to Graph fail
 * without a sign-in, so it learns nothing until someone of this tenant signs in again (or the app
 * restarts and resumes from the log), and past the tracker's time limit (a day, an hour when the POST's
 * outcome is unknown: main/actions/action-tracker.ts) it ends the action unresolved. Focus starts on
 * "Stay signed in", so Enter or a stray click does not sign out.
 */
export function SignOutDialog({ following, onSignOut, onClose }: { following: readonly ActionSummary[]; onSignOut(): void; onClose(): void }) {
  const t = useT();
  const id = useId();
  const stayRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={onClose} initialFocus={stayRef} className="sign-out-dialog">
      <div className="modal-header">
        <h2 id={`${id}-title`}>{t.shell.signOutFollowingTitle(following.length)}</h2>
      </div>
      <div className="modal-body" id={`${id}-body`}>
        <ul className="sign-out-actions">
          {following.slice(0, shownActions).map((action) => (
            <li key={action.actionId}>
              <strong>{action.deviceName}</strong> · {t.states[action.state]}
            </li>
          ))}
        </ul>
        <p>{t.shell.signOutNotCancelled}</p>
        <p>{t.shell.signOutPaused(following.length)}</p>
        <p className="small">{t.shell.signOutDeadline}</p>
      </div>
      <div className="modal-footer">
        <button type="button" ref={stayRef} className="button" onClick={onClose}>
          {t.shell.staySignedIn}
        </button>
        <button type="button" className="button button-primary" onClick={onSignOut}>
          {t.shell.signOut}
        </button>
      </div>
    </Modal>
  );
}
