import type { AppError } from '../../../shared/result';
import { useT } from '../../hooks/use-messages';
import { requestIdOf } from '../common/request-id';

function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * "This account may not do this": Intune refused the signed-in account (a
 * nested Forbidden, under a 401 or a 403). Says what an administrator must
 * check instead of sending the technician round the sign-in again.
 */
export function NotPermittedText({ error, title }: { error: AppError; title?: string }) {
  const t = useT();
  const missing = textList(error.detail?.missing).filter((code) => t.checks.missing[code] !== undefined);
  const requestId = requestIdOf(error);
  const activityId = typeof error.detail?.activityId === 'string' ? error.detail.activityId : null;
  return (
    <div className="error-text not-permitted" data-testid="not-permitted">
      {title && <p className="error-title">{title}</p>}
      <p className="error-title">{t.checks.notPermittedTitle}</p>
      <p>{t.errors.not_permitted}</p>
      {missing.length > 0 && (
        <>
          <p>{t.checks.notPermittedAsk}</p>
          <ol className="missing-list">
            {missing.map((code) => (
              <li key={code}>{t.checks.missing[code]}</li>
            ))}
          </ol>
        </>
      )}
      {requestId && (
        <p className="error-detail">
          {t.common.requestId('')}
          <code className="selectable">{requestId}</code>
        </p>
      )}
      {activityId && activityId !== requestId && (
        <p className="error-detail">
          {t.checks.activityId}
          <code className="selectable">{activityId}</code>
        </p>
      )}
    </div>
  );
}
