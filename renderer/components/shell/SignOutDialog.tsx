import type { ActionSummary } from '../../../shared/actions/action-summary';
import { useT } from '../../hooks/use-messages';
import { QuestionDialog } from '../common/QuestionDialog';

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
  return (
    <QuestionDialog
      title={t.shell.signOutFollowingTitle(following.length)}
      safeLabel={t.shell.staySignedIn}
      confirmLabel={t.shell.signOut}
      onConfirm={onSignOut}
      onClose={onClose}
      className="sign-out-dialog"
    >
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
    </QuestionDialog>
  );
}
