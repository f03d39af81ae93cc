import type { AppError } from '../../../shared/result';
import { useT } from '../../hooks/use-messages';
import { NotPermittedText } from '../checks/NotPermittedText';
import { requestIdOf } from './request-id';

/** An error in plain words (from its code, in the shown language), with main's own message and the request id as detail. */
export function ErrorText({ error, title }: { error: AppError; title?: string }) {
  const t = useT();
  if (error.code === 'not_permitted') return <NotPermittedText error={error} title={title} />;
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
