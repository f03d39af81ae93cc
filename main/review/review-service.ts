import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import { filterActions, type FoldedAction } from '../../shared/log/folded-action';
import { formatFingerprint } from '../../shared/log/key-fingerprint';
import type { ReviewResult } from '../../shared/log/review-result';
import type { ReviewFilter, ReviewPage, ReviewSummary } from '../../shared/review/review';
import { exportCsv, reviewLogs } from '../action-log/action-log';
import type { PlatformServices } from '../platform/platform-services';

// A file with a broken chain can have a finding per line; the view needs the first ones.
const findingsPerFile = 200;
// Admins compare a few reviews at most; older ones are dropped to bound memory.
const keptReviews = 3;

/**
 * Offline review of action logs: no sign-in, no network. Paths come only from
 * the main-side dialog (or this install's own folder), never from the
 * renderer. A review stays in main; the renderer pages through its rows.
 */
export function createReviewService(options: { platform: PlatformServices; ownLogFolder: string }) {
  const reviews = new Map<string, ReviewResult>();

  function remember(result: ReviewResult): string {
    const id = randomUUID();
    reviews.set(id, result);
    while (reviews.size > keptReviews) reviews.delete(reviews.keys().next().value!);
    return id;
  }

  function filtered(reviewId: string, filter: ReviewFilter): Result<FoldedAction[]> {
    const review = reviews.get(reviewId);
    if (!review) return err('not_found', 'This review is no longer open. Open the log files again.');
    const rows = filterActions(review.rows, filter);
    // Newest first, as an admin reads a history.
    rows.sort((a, b) => (b.requestedAt ?? b.lastUpdate).localeCompare(a.requestedAt ?? a.lastUpdate));
    return ok(rows);
  }

  return {
    async open(kind: 'files' | 'folder' | 'own'): Promise<Result<ReviewSummary | null>> {
      const paths = kind === 'own' ? [options.ownLogFolder] : await options.platform.pickLogPaths(kind);
      if (!paths || paths.length === 0) return ok(null);
      const result = await reviewLogs(paths);
      if (!result.ok) return result;
      const review = result.value;
      return ok({
        reviewId: remember(review),
        files: review.files.map((file) => ({
          file: file.path,
          entries: file.entries,
          integrity: file.integrity,
          findings: file.findings.slice(0, findingsPerFile),
          findingCount: file.findings.length,
        })),
        totalActions: review.rows.length,
        signingKeys: [...new Set(review.keys.map((key) => formatFingerprint(key.fingerprint)))],
      });
    },

    listRows(reviewId: string, filter: ReviewFilter, offset: number, limit: number): Result<ReviewPage> {
      const rows = filtered(reviewId, filter);
      if (!rows.ok) return rows;
      return ok({ rows: rows.value.slice(offset, offset + limit), total: rows.value.length, perDay: countPerDay(rows.value) });
    },

    async exportCsv(reviewId: string, filter: ReviewFilter): Promise<Result<{ path: string | null; rows: number }>> {
      const rows = filtered(reviewId, filter);
      if (!rows.ok) return rows;
      const target = await options.platform.pickSavePath(`passcode-actions-${new Date().toISOString().slice(0, 10)}.csv`);
      if (!target) return ok({ path: null, rows: 0 });
      const saved = await exportCsv(rows.value, path.resolve(target));
      return saved.ok ? ok({ path: saved.value.path, rows: saved.value.rows }) : saved;
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;

/** Actions per UTC day by their last state, oldest day first, for the review chart. */
export function countPerDay(rows: readonly FoldedAction[]): ReviewPage['perDay'] {
  const days = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const day = (row.requestedAt ?? row.lastUpdate).slice(0, 10);
    const counts = days.get(day) ?? {};
    counts[row.lastState] = (counts[row.lastState] ?? 0) + 1;
    days.set(day, counts);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, counts]) => ({ day, counts }));
}
