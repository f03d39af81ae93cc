import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useFormat, useT } from '../../hooks/use-messages';
import { useLanguage } from '../../hooks/use-messages';
import { modeLabel } from '../../i18n/decision-text';
import type { Messages } from '../../i18n/messages';
import { sayOfLogged } from '../../../shared/i18n/logged-say';
import { word } from '../../../shared/messages/coded-message';
import { identityCheckOf } from '../../../shared/log/folded-action';
import { toReviewFilter } from '../../store/review-filter';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { StateBadge } from '../common/StateBadge';
import { TechnicianCell } from './TechnicianCell';

const rowHeight = 30;

/**
 * A logged error in the shown language when main worded it from a code, else
 * its English as logged (an older wording); the cell's title keeps the record.
 */
function loggedErrorText(error: { code: string; message: string }, t: Messages): string {
  const say = sayOfLogged(error.message);
  return say ? word(t.main.appMessages, say) : error.message || error.code;
}
const headerHeight = 30;

/** One row per action across the opened files, fetched page by page as the admin scrolls. */
export function ReviewTable() {
  const t = useT();
  const format = useFormat();
  const language = useLanguage();
  const rows = useStore((s) => s.reviewRows);
  const total = useStore((s) => s.reviewTotal);
  const status = useStore((s) => s.reviewRowsStatus);
  const error = useStore((s) => s.reviewRowsError);
  const loadMore = useStore((s) => s.loadMoreReviewRows);
  const reload = useStore((s) => s.loadReviewRows);
  const filtered = useStore((s) => Object.keys(toReviewFilter(s.reviewFilter)).length > 0);
  // Which computer wrote a row: its chain's machine, as the chain's headers name it.
  const chains = useStore((s) => s.reviewSummary?.chains);
  const machineOf = useMemo(() => new Map((chains ?? []).map((chain) => [chain.id, chain.machineName])), [chains]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    scrollMargin: headerHeight,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.length > 0 ? items[items.length - 1]!.index : -1;

  useEffect(() => {
    if (lastShown >= rows.length - 20 && rows.length < total) void loadMore();
  }, [lastShown, rows.length, total, loadMore]);

  const c = t.review.columns;
  // When, what, how it ended, on which device for which ticket, by whom and from which computer first: at 1280 px
  // these show without scrolling sideways; the rest scrolls with the requested time kept in view (review.css).
  const headers = [c.requested, c.action, c.state, c.device, c.ticket, c.technician, c.machine, c.platform, c.identity, c.reason, c.updated, c.requestId];

  return (
    // Focusable so the rows can be scrolled from the keyboard.
    <div ref={scrollRef} className="review-table" role="table" tabIndex={0} aria-label={t.review.title} aria-rowcount={total + 1}>
      <div role="rowgroup" className="review-head-group">
        <div role="row" aria-rowindex={1} className="review-row review-row-head">
          {headers.map((label) => (
            <div role="columnheader" key={label} className="cell cell-head">
              {label}
            </div>
          ))}
        </div>
      </div>
        {status === 'error' && error && (
          <div className="table-state" role="alert">
            <ErrorText error={error} title={t.review.rowsFailed} />
            <button type="button" className="button" onClick={() => void reload()}>
              {t.common.retry}
            </button>
          </div>
        )}
        {/* No chain at all is not an empty log: nothing was read (the side panel says why). */}
        {status === 'ready' && rows.length === 0 && <p className="table-state muted">{filtered ? t.review.noRows : chains?.length === 0 ? t.review.noLogRead : t.review.emptyLog}</p>}
        <div className="review-body-rows" role={rows.length > 0 ? 'rowgroup' : undefined} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const flagged = row.findings.length > 0;
            // The finding kinds are codes: the tooltip and the words read aloud name them in the window's language.
            const findingWords = t.review.rowFindings(row.findings.map((kind) => t.review.findingKinds[kind]).join(', '));
            const identity = identityCheckOf(row);
            return (
              <div
                key={row.actionId}
                role="row"
                aria-rowindex={item.index + 2}
                // A row touched by a finding: its values are shown struck through, under an "Untrusted" label.
                className={`review-row${flagged ? ' is-flagged' : ''}`}
                style={{ transform: `translateY(${item.start - headerHeight}px)` }}
                title={flagged ? findingWords : undefined}
              >
                <div role="cell" className="cell" title={format.dateTime(row.requestedAt ?? row.lastUpdate) ?? undefined}>
                  {flagged && <span className="untrusted-tag">{t.review.untrusted}</span>}
                  {flagged && <span className="visually-hidden">{findingWords} </span>}
                  <span className="cell-value">{format.shortDateTime(row.requestedAt ?? row.lastUpdate)}</span>
                </div>
                <div role="cell" className="cell">
                  {t.actions.kinds[row.action]}
                </div>
                <div role="cell" className="cell">
                  <StateBadge state={row.lastState} />
                </div>
                <div role="cell" className="cell" title={row.device.serial ? `${row.device.name} (${row.device.serial})` : row.device.name}>
                  {row.device.name}
                </div>
                <div role="cell" className="cell" title={row.ticket ?? undefined}>
                  {row.ticket ?? t.common.notAvailable}
                </div>
                <TechnicianCell technician={row.technician} />
                <div role="cell" className="cell" title={machineOf.get(row.chain) ?? undefined}>
                  {machineOf.get(row.chain) ?? t.common.notAvailable}
                </div>
                <div role="cell" className="cell" title={modeLabel(row.device.mode ?? null, language) ?? undefined}>
                  {[row.device.platform, row.device.osVersion].filter(Boolean).join(' ')}
                </div>
                <div role="cell" className="cell">
                  {identity === null ? t.common.notAvailable : identity ? t.review.identityYes : t.review.identityNo}
                </div>
                <div role="cell" className="cell" title={row.error ? `${row.error.code}: ${row.error.message}` : undefined}>
                  {row.error ? loggedErrorText(row.error, t) : ''}
                </div>
                <div role="cell" className="cell" title={format.dateTime(row.lastUpdate) ?? undefined}>
                  {format.shortDateTime(row.lastUpdate)}
                </div>
                <div role="cell" className="cell mono small selectable">
                  {row.graphRequestId ?? t.common.notAvailable}
                </div>
              </div>
            );
          })}
        </div>
    </div>
  );
}
