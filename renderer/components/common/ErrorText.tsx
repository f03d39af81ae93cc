import type { AppError } from '../../../shared/result';
import { word } from '../../../shared/messages/coded-message';
import { useLanguage, useT } from '../../hooks/use-messages';
import { NotPermittedText } from '../checks/NotPermittedText';
import { requestIdOf } from './request-id';

/**
 * An error in plain words (from its code, in the shown language), with main's
 * own message and the request id as detail. Main's message is worded from its
 * code (`say`) in the shown language; one main sends only in English is shown
 * to an English window alone, never mixed into another language.
 */
export function ErrorText({ error, title }: { error: AppError; title?: string }) {
  const t = useT();
  const language = useLanguage();
  if (error.code === 'not_permitted') return <NotPermittedText error={error} title={title} />;
  const requestId = requestIdOf(error);
  const plain = t.errors[error.code];
  const detail = error.say ? word(t.main.appMessages, error.say) : language === 'en' ? error.message : '';
  return (
    <div className="error-text">
      {title && <p className="error-title">{title}</p>}
      <p>{plain}</p>
      {detail && detail !== plain && <p className="error-detail">{t.common.details(detail)}</p>}
      {requestId && (
        <p className="error-detail">
          {t.common.requestId('')}
          <code className="selectable">{requestId}</code>
        </p>
      )}
    </div>
  );
}
