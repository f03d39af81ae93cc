import { useFormat, useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { ConnectionFields } from './ConnectionFields';
import { DeviceCodePanel } from './DeviceCodePanel';

/** The demo tenant's usual size (main/demo-tenant's default fleet). */

export function StartScreen() {
  const t = useT();
  const format = useFormat();
  const demo = useStore((s) => s.appInfo?.mode === 'demo');
  // The demo tenant's real size (`--demo-devices`), from main; no number rather than a wrong one.
  const demoDevices = useStore((s) => s.appInfo?.demoDevices ?? null);
  const demoText = demoDevices === null ? t.start.demoTextUncounted : t.start.demoText(format.number(demoDevices));
  const tenant = useStore((s) => s.settings?.tenant ?? null);
  const session = useStore((s) => s.session);
  const sessionError = useStore((s) => s.sessionError);
  const pending = useStore((s) => s.signInPending);
  const signInError = useStore((s) => s.signInError);
  const signIn = useStore((s) => s.signIn);
  const cancelSignIn = useStore((s) => s.cancelSignIn);
  const setView = useStore((s) => s.setView);
  const setSettingsOpen = useStore((s) => s.setSettingsOpen);

  // Signed in, the start screen stays until the workspace has rendered (App defers it): still "signing in".
  const signingIn = pending !== null || session?.status === 'signingIn' || session?.status === 'signedIn';
  const problem = signInError ?? sessionError;

  return (
    <div className="start-screen">
      <div className="start-intro">
        <h2>{t.start.title}</h2>
        <p className="muted">{t.start.subtitle}</p>
      </div>
      <div className="start-columns">
        <section className={`card start-card ${demo ? 'card-demo' : ''}`} aria-labelledby="sign-in-title">
          <h3 id="sign-in-title">{demo ? t.start.demoTitle : t.start.tenantTitle}</h3>
          <p>{demo ? demoText : t.start.tenantText}</p>
          {!demo && tenant && <p className="muted selectable">{tenant}</p>}

          {signingIn ? (
            <div className="signing-in" role="status">
              <p className="signing-in-line">
                <span className="spinner" aria-hidden="true" /> {t.start.signingIn}
              </p>
              {!demo && pending === 'interactive' && <p className="muted">{t.start.waitingForBrowser}</p>}
              <DeviceCodePanel />
              <button type="button" className="button" onClick={() => void cancelSignIn()}>
                {t.start.cancelSignIn}
              </button>
            </div>
          ) : (
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => void signIn('interactive')}>
                {demo ? t.start.demoSignIn : t.start.interactive}
              </button>
              {!demo && (
                <button type="button" className="button" onClick={() => void signIn('deviceCode')}>
                  {t.start.deviceCode}
                </button>
              )}
            </div>
          )}

          {(problem || session?.problem) && !signingIn && (
            <div className="notice notice-error" role="alert">
              {problem ? (
                <ErrorText error={problem} title={signInError ? t.start.problem : t.start.sessionUnreadable} />
              ) : (
                session?.problem && <ErrorText error={session.problem} title={t.start.problem} />
              )}
            </div>
          )}

          <details className="connection-details" open={!demo && !tenant}>
            <summary>{t.start.connectionTitle}</summary>
            <ConnectionFields />
          </details>
        </section>

        <section className="card start-card" aria-labelledby="review-title">
          <h3 id="review-title">{t.start.reviewTitle}</h3>
          <p>{t.start.reviewText}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => setView('review')}>
              {t.start.openReview}
            </button>
            <button type="button" className="button-quiet" onClick={() => setSettingsOpen(true)}>
              {t.start.settings}
            </button>
          </div>
        </section>
      </div>
    </div>
  );
}
