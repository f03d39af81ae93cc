import type { ReactNode } from 'react';
import type { AppMessage } from '../../../shared/messages/app-message';
import { word } from '../../../shared/messages/coded-message';
import { useFormat, useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';

/**
 * The checks Intune's docs ask for before a reset, as far as Graph can tell:
 * does Intune hold the unlock token (iOS/iPadOS), does a policy require a
 * passcode. Shown in the details panel and the confirm dialog. A check that
 * is running or could not run says so and never holds the action back; a
 * finding that predicts failure is a warning the technician can weigh.
 */
export function PreflightChecks({ deviceId }: { deviceId: string }) {
  const t = useT();
  const format = useFormat();
  const state = useStore((s) => (s.preflight?.deviceId === deviceId ? s.preflight : null));
  if (!state) return null;
  if (state.status === 'loading') {
    return (
      <p className="preflight-line muted small" role="status" data-testid="preflight-checking">
        <span className="spinner" aria-hidden="true" /> {t.checks.preflightChecking}
      </p>
    );
  }
  if (!state.value) return <p className="preflight-line muted small">{t.checks.preflightFailed}</p>;

  const { unlockToken, passcodeRequired } = state.value;
  // Main's reason, in the shown language, without its own full stop: the line goes on with ". You can still go ahead".
  const because = (problem: AppMessage) => word(t.main.appMessages, problem).replace(/\.$/, '');
  const lines: ReactNode[] = [];
  if (unlockToken.state === 'missing') {
    lines.push(
      <div key="unlock" className="notice notice-warning" role="alert" data-testid="unlock-token-warning">
        <p className="notice-title">{t.checks.unlockMissingTitle}</p>
        <p className="small">{t.checks.unlockMissingText}</p>
        {unlockToken.reportedAt && <p className="small muted">{t.checks.reportFrom(format.dateTime(unlockToken.reportedAt) ?? unlockToken.reportedAt)}</p>}
      </div>,
    );
  } else if (unlockToken.state === 'present') {
    lines.push(
      <p key="unlock" className="preflight-line small" data-testid="unlock-token-present">
        <span aria-hidden="true">✓ </span>
        {t.checks.unlockPresent}
        {unlockToken.reportedAt && <span className="muted"> ({t.checks.reportFrom(format.dateTime(unlockToken.reportedAt) ?? unlockToken.reportedAt)})</span>}
      </p>,
    );
  } else if (unlockToken.state === 'couldNotCheck') {
    lines.push(
      <p key="unlock" className="preflight-line small muted" data-testid="unlock-token-unknown">
        {t.checks.unlockCouldNotCheck}
        {unlockToken.problem && `: ${because(unlockToken.problem)}`}. {t.checks.stillAllowed}
      </p>,
    );
  }
  if (passcodeRequired.state === 'notFound') {
    lines.push(
      <div key="passcode" className="notice notice-warning" data-testid="passcode-policy-warning">
        <p className="notice-title">{t.checks.noPasscodePolicyTitle}</p>
        <p className="small">{t.checks.noPasscodePolicyText}</p>
      </div>,
    );
  } else if (passcodeRequired.state === 'required') {
    lines.push(
      <p key="passcode" className="preflight-line small" data-testid="passcode-policy-present">
        <span aria-hidden="true">✓ </span>
        {t.checks.passcodeRequired(passcodeRequired.policyName)}
      </p>,
    );
  } else if (passcodeRequired.state === 'couldNotCheck') {
    lines.push(
      <p key="passcode" className="preflight-line small muted" data-testid="passcode-policy-unknown">
        {t.checks.passcodeCouldNotCheck}
        {passcodeRequired.problem && `: ${because(passcodeRequired.problem)}`}. {t.checks.stillAllowed}
      </p>,
    );
  }
  if (lines.length === 0) return null;
  return (
    <section className="preflight" aria-label={t.checks.preflightRegion}>
      {lines}
    </section>
  );
}
