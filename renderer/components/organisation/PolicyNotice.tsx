import { word } from '../../../shared/messages/coded-message';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';

/**
 * What was wrong with the organisation's policy, where it was read from and
 * what the app does instead. Main sends each problem as a code; it is worded
 * here in the window's language, for the admin who will fix the file.
 */
export function PolicyNotice() {
  const t = useT();
  const policy = useStore((s) => s.policy);
  if (!policy || policy.fallback === 'none') return null;
  return (
    <div className="notice notice-warning policy-notice" role="note" aria-label={t.organisation.policyNoticeTitle}>
      <p className="notice-title">{t.organisation.policyNoticeTitle}</p>
      <dl className="facts">
        <dt>{t.organisation.policySource}</dt>
        <dd className="selectable mono">{policy.source}</dd>
        <dt>{t.organisation.policyProblems}</dt>
        <dd>
          <ul>
            {policy.problems.map((problem, i) => (
              <li key={i}>{word(t.main.policyProblems, problem)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t.organisation.policyFallback}</dt>
        <dd>{policy.fallback === 'unreadable' ? t.organisation.fallbackUnreadable : t.organisation.fallbackIgnored}</dd>
      </dl>
    </div>
  );
}

/** One line under the header on every view, so the technician can tell IT; the details are in Settings. */
export function PolicyBanner() {
  const t = useT();
  const problem = useStore((s) => s.policy !== null && s.policy.fallback !== 'none');
  const setSettingsOpen = useStore((s) => s.setSettingsOpen);
  if (!problem) return null;
  return (
    <div className="policy-banner" role="note" aria-label={t.organisation.policyNoticeTitle}>
      <span>{t.organisation.policyNoticeBanner}</span>
      <button type="button" className="button-quiet" onClick={() => setSettingsOpen(true)}>
        {t.shell.navSettings}
      </button>
    </div>
  );
}
