import type { AppError } from '../../../shared/result';
import { useT } from '../../hooks/use-messages';

/** Graph's request id, when main put one in the error's detail: Microsoft support asks for it. */
export function requestIdOf(error: AppError): string | null {
  const detail = error.detail ?? {};
  for (const key of ['graphRequestId', 'requestId', 'request-id', 'clientRequestId']) {
    const value = detail[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}

/** An error in plain words (from its code, in the shown language), with main's own message and the request id as detail. */
export function ErrorText({ error, title }: { error: AppError; title?: string }) {
  const t = useT();
  const requestId = requestIdOf(error);
  const plain = t.errors[error.code];
  return (
    <div className="error-text">
      {title && <p className="error-title">{title}</p>}
      <p>{plain}</p>
      {error.message && error.message !== plain && <p className="error-detail">{t.common.details(error.message)}</p>}
      {requestId && (
        <p className="error-detail">
          {t.common.requestId('')}
          <code className="selectable">{requestId}</code>
        </p>
      )}
    </div>
  );
}
