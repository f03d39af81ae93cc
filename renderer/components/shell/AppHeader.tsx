import { useState } from 'react';
import { isTerminalState, type ActionSummary } from '../../../shared/actions/action-summary';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ForwardingIndicator } from '../organisation/ForwardingIndicator';
import { SignOutDialog } from './SignOutDialog';

export function AppHeader() {
  const t = useT();
  const mode = useStore((s) => s.appInfo?.mode ?? null);
  const version = useStore((s) => s.appInfo?.version ?? null);
  const view = useStore((s) => s.view);
  const account = useStore((s) => (s.session?.status === 'signedIn' ? s.session.account : null));
  const setView = useStore((s) => s.setView);
  const setSettingsOpen = useStore((s) => s.setSettingsOpen);
  const signOut = useStore((s) => s.signOut);
  // The actions still followed when Sign out was pressed: asked about first (SignOutDialog), never signed out silently.
  const [asking, setAsking] = useState<readonly ActionSummary[] | null>(null);

  function askOrSignOut() {
    const following = useStore.getState().actions.filter((action) => !isTerminalState(action.state));
    if (following.length === 0) void signOut();
    else setAsking(following);
  }

  return (
    <div className="app-header">
      <div className="brand">
        <img src="./icon.svg" alt="" width={20} height={20} />
        <h1>{t.common.appName}</h1>
        {version && <span className="app-version">v{version}</span>}
        {mode && <span className={`mode-badge mode-${mode}`}>{mode === 'demo' ? t.shell.demoBadge : t.shell.tenantBadge}</span>}
      </div>
      <nav className="header-nav" aria-label={t.shell.mainNav}>
        <button type="button" className="nav-button" aria-current={view === 'workspace' ? 'page' : undefined} onClick={() => setView('workspace')}>
          {account ? t.shell.navDevices : t.shell.signIn}
        </button>
        <button type="button" className="nav-button" aria-current={view === 'review' ? 'page' : undefined} onClick={() => setView('review')}>
          {t.shell.navReview}
        </button>
        <button type="button" className="nav-button" onClick={() => setSettingsOpen(true)}>
          {t.shell.navSettings}
        </button>
      </nav>
      <ForwardingIndicator />
      {account && (
        <div className="account" aria-label={t.shell.account} role="group">
          <span className="account-name" title={t.shell.signedInAs(account.upn)}>
            <strong>{account.name}</strong>
            <span className="account-upn">{account.upn}</span>
          </span>
          <button type="button" className="button-quiet on-dark" onClick={askOrSignOut}>
            {t.shell.signOut}
          </button>
        </div>
      )}
      {asking && (
        <SignOutDialog
          following={asking}
          onClose={() => setAsking(null)}
          onSignOut={() => {
            setAsking(null);
            void signOut();
          }}
        />
      )}
    </div>
  );
}
