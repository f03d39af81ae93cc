import { useFormat, useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';

export function ExportBar() {
  const t = useT();
  const format = useFormat();
  // "3 of 12 actions": what the filters keep, of all the actions the opened files record.
  const total = useStore((s) => s.reviewTotal);
  const all = useStore((s) => s.reviewSummary?.totalActions ?? s.reviewTotal);
  const state = useStore((s) => s.reviewExport);
  const exportCsv = useStore((s) => s.exportReviewCsv);
  return (
    <div className="export-bar">
      <span className="muted small" aria-live="polite">
        {t.review.rowsShown(all, format.number(total), format.number(all))}
      </span>
      <span className="toolbar-spacer" />
      <span role="status" className="small export-status">
        {state.status === 'saved' && state.path !== null && (
          <>
            {t.review.exported(format.number(state.rows), '')}
            <code className="selectable">{state.path}</code>
          </>
        )}
        {state.status === 'cancelled' && t.review.exportCancelled}
      </span>
      <button type="button" className="button" disabled={state.status === 'saving' || total === 0} onClick={() => void exportCsv()}>
        {state.status === 'saving' ? t.review.exporting : t.review.exportCsv}
      </button>
      {state.status === 'error' && state.error && (
        <div role="alert">
          <ErrorText error={state.error} title={t.review.exportFailed} />
        </div>
      )}
    </div>
  );
}
