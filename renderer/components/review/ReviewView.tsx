import { useRef } from 'react';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import type { OpenLogsKind } from '../../store/review-slice';
import { ErrorText } from '../common/ErrorText';
import { ExportBar } from './ExportBar';
import { PerDayChart } from './PerDayChart';
import { IntuneCheck } from './IntuneCheck';
import { ReviewChains } from './ReviewChains';
import { ReviewFilters } from './ReviewFilters';
import { ReviewTable } from './ReviewTable';

/** Offline review of action logs: no sign-in, no network, any files the admin picks. */
export function ReviewView() {
  const t = useT();
  const summary = useStore((s) => s.reviewSummary);
  const opening = useStore((s) => s.reviewOpening);
  const openError = useStore((s) => s.reviewOpenError);
  const openLogs = useStore((s) => s.openLogs);
  const setView = useStore((s) => s.setView);
  const signedIn = useStore((s) => s.session?.status === 'signedIn');
  const mainRef = useRef<HTMLDivElement>(null);
  // Fifty machines' chain cards sit before the filters in Tab order: a keyboard user skips them in one step.
  const skipToFilters = () => mainRef.current?.querySelector<HTMLElement>('input, select, button')?.focus();

  const openButton = (kind: OpenLogsKind, label: string) => (
    <button type="button" className="button" disabled={opening !== null} onClick={() => void openLogs(kind)}>
      {label}
    </button>
  );

  return (
    <div className="review-view">
      <div className="review-head">
        <div>
          <h2 className="view-title">{t.review.title}</h2>
          <p className="muted small">{t.review.intro}</p>
        </div>
        <div className="button-row">
          {openButton('files', t.review.openFiles)}
          {openButton('folder', t.review.openFolder)}
          {openButton('own', t.review.openOwn)}
          <button type="button" className="button-quiet" onClick={() => setView('workspace')}>
            {signedIn ? t.review.back : t.review.backToStart}
          </button>
        </div>
      </div>
      <p role="status" className="muted small review-status">
        {opening !== null ? t.review.opening : ''}
      </p>
      {openError && (
        <div className="notice notice-error" role="alert">
          <ErrorText error={openError} title={t.review.openFailed} />
        </div>
      )}
      {summary ? (
        <div className="review-body">
          <button type="button" className="skip-link" onClick={skipToFilters}>
            {t.review.skipToFilters}
          </button>
          <div className="review-side">
            <IntuneCheck />
            <ReviewChains />
            <PerDayChart />
          </div>
          <div className="review-main" ref={mainRef}>
            <ReviewFilters />
            <ExportBar />
            <ReviewTable />
          </div>
        </div>
      ) : (
        opening === null && <p className="table-state muted">{t.review.nothingOpen}</p>
      )}
    </div>
  );
}
