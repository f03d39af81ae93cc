import { useDeferredValue, useEffect } from 'react';
import { ErrorText } from './components/common/ErrorText';
import { AppHeader } from './components/shell/AppHeader';
import { DemoBanner } from './components/shell/DemoBanner';
import { SettingsResetNotice } from './components/settings/SettingsResetNotice';
import { ForwardingWarning } from './components/organisation/ForwardingWarning';
import { PolicyBanner } from './components/organisation/PolicyNotice';
import { useGlobalShortcuts } from './components/shell/use-global-shortcuts';
import { SettingsDialog } from './components/settings/SettingsDialog';
import { StartScreen } from './components/start/StartScreen';
import { ReviewView } from './components/review/ReviewView';
import { Workspace } from './components/workspace/Workspace';
import { useLanguage, useT } from './hooks/use-messages';
import { startApp } from './store/events';
import { useStore } from './store/store';

export function App() {
  const t = useT();
  const language = useLanguage();
  const ready = useStore((s) => s.appInfo !== null);
  const startupError = useStore((s) => s.startupError);
  const signedIn = useStore((s) => s.session?.status === 'signedIn');
  // The workspace is the largest render of a session, and it happens as the first device pages
  // arrive. Deferred, React renders it in slices that yield to the keyboard and to those pages,
  // rather than in one task long enough to stall typing (issue 19).
  const workspaceShown = useDeferredValue(signedIn);
  const view = useStore((s) => s.view);
  const settingsOpen = useStore((s) => s.settingsOpen);

  useEffect(() => startApp(), []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useGlobalShortcuts();

  let content;
  if (startupError) {
    content = (
      <div className="startup-error" role="alert">
        <ErrorText error={startupError} title={t.common.startupFailed} />
      </div>
    );
  } else if (!ready) {
    content = <p className="loading-line">{t.common.loading}</p>;
  } else if (view === 'review') {
    content = <ReviewView />;
  } else {
    content = signedIn && workspaceShown ? <Workspace /> : <StartScreen />;
  }

  return (
    <div className="app-shell">
      <header className="app-top">
        <AppHeader />
        <DemoBanner />
        <PolicyBanner />
        <ForwardingWarning />
        <SettingsResetNotice />
      </header>
      <main className="app-main" id="main">
        {content}
      </main>
      {settingsOpen && <SettingsDialog />}
    </div>
  );
}
