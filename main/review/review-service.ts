import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ok, type Result } from '../../shared/result';
import type { FoldedAction } from '../../shared/log/folded-action';
import { fieldOfRow, matcherOf, type ReviewRows } from '../../shared/log/review-rows';
import { formatFingerprint } from '../../shared/log/key-fingerprint';
import type { ReviewResult } from '../../shared/log/review-result';
import type { ReviewFilter, ReviewPage, ReviewSummary } from '../../shared/review/review';
import { exportCsv, reviewLogs, writeTextFile } from '../action-log/action-log';
import { csvCell } from '../../shared/log/actions-csv';
import { periodStart, reconcile, reconciliationCsvPieces, type IntuneAudit, type Reconciliation } from '../../shared/review/reconcile';
import { jsonPieces } from '../base/json-pieces';
import type { PlatformServices } from '../platform/platform-services';
import type { ReviewCache } from '../action-log/review-cache/review-cache';
import { errSaid } from '../base/said-error';

// Admins compare a few reviews at most; older ones are dropped to bound memory.
const keptReviews = 3;

/**
 * Offline review of action logs: no sign-in, no network. Paths come only from
 * the main-side dialog (or this install's own folder), never from the
 * renderer. A review stays in main; the renderer pages through its rows.
 */
export interface ReviewServiceOptions {
  platform: PlatformServices;
  ownLogFolder: string;
  /** This app's own log, sealed and read by its writer (so the run under way verifies); null when another instance holds it. */
  readOwnLog?: (() => Promise<Result<ReviewResult>>) | null;
  /** Intune's record of passcode resets since a time, read with the signed-in technician's token (not_signed_in otherwise). */
  readAudits?: (since: string | null) => Promise<Result<IntuneAudit[]>>;
  /** What earlier reviews verified, kept in this app's data (never in a log folder); none: every open reads everything. */
  cache?: ReviewCache | null;
  now?: () => Date;
}

/** The view gets the first findings of each chain; the export gets them all. */
const reconcileFindingsShown = 200;

export function createReviewService(options: ReviewServiceOptions) {
  const reviews = new Map<string, ReviewResult>();
  // A check against Intune is kept with its review, for the view and the exports.
  const reconciled = new Map<string, Reconciliation>();
  const now = options.now ?? (() => new Date());
  // Per review: its rows' order, newest first, and the last filter asked with the rows it let through.
  const views = new WeakMap<ReviewResult, { sorted: ReturnType<typeof newestFirst>; last: Filtered | null }>();

  function remember(result: ReviewResult): string {
    const id = randomUUID();
    reviews.set(id, result);
    for (const old of reconciled.keys()) if (!reviews.has(old)) reconciled.delete(old);
    while (reviews.size > keptReviews) reviews.delete(reviews.keys().next().value!);
    return id;
  }

  /**
   * The indices of the rows that pass `filter`, newest first, as an admin reads a history. The rows stay packed
   * (ReviewRows): the order is sorted once a review, and the last filter's answer is kept, so turning pages
   * reads only the rows shown.
   */
  function filtered(reviewId: string, filter: ReviewFilter): Result<{ review: ReviewResult } & Filtered> {
    const review = reviews.get(reviewId);
    if (!review) return errSaid('not_found', { code: 'reviewClosed', params: {} });
    const kept = (views.get(review) ?? views.set(review, { sorted: newestFirst(review.rows), last: null }).get(review))!;
    const key = JSON.stringify(filter);
    if (kept.last?.key !== key) {
      const matches = matcherOf(filter);
      const found: number[] = [];
      for (const index of kept.sorted.order) if (matches(review.rows, index)) found.push(index);
      // The chart's counts depend on the filter only: counted once with it, not on every page.
      kept.last = { key, matches: Int32Array.from(found), ...countPerDayOf(review.rows, found, kept.sorted.day) };
    }
    return ok({ review, ...kept.last });
  }

  return {
    async open(kind: 'files' | 'folder' | 'own'): Promise<Result<ReviewSummary | null>> {
      const paths = kind === 'own' ? [options.ownLogFolder] : await options.platform.pickLogPaths(kind);
      if (!paths || paths.length === 0) return ok(null);
      const result = kind === 'own' && options.readOwnLog ? await options.readOwnLog() : await reviewLogs(paths, { cache: options.cache ?? null });
      if (!result.ok) return result;
      const review = result.value;
      return ok(summarise(remember(review), review));
    },

    listRows(reviewId: string, filter: ReviewFilter, offset: number, limit: number): Result<ReviewPage> {
      const found = filtered(reviewId, filter);
      if (!found.ok) return found;
      const { review, matches, perDay, trusted } = found.value;
      const page: FoldedAction[] = [];
      for (const index of matches.subarray(Math.max(0, offset), Math.max(0, offset + limit))) page.push(review.rows.at(index)!);
      return ok({ rows: page, total: matches.length, perDay, untrusted: matches.length - trusted });
    },

    /** "Check against Intune": the open chains against remoteActionAudits for the period they cover. */
    async checkAgainstIntune(reviewId: string): Promise<Result<Reconciliation>> {
      const review = reviews.get(reviewId);
      if (!review) return errSaid('not_found', { code: 'reviewClosed', params: {} });
      if (!options.readAudits) return errSaid('unavailable', { code: 'intuneCheckUnavailable', params: {} });
      const audits = await options.readAudits(periodStart(review.chains));
      if (!audits.ok) return audits;
      const result = reconcile(review.chains, review.rows.all(), audits.value, now().toISOString());
      reconciled.set(reviewId, result);
      return ok({ ...result, chains: result.chains.map((chain) => ({ ...chain, findings: chain.findings.slice(0, reconcileFindingsShown) })) });
    },

    /** Saves the last check against Intune of a review, as CSV or JSON, where the user picks. */
    async exportReconciliation(reviewId: string, format: 'csv' | 'json'): Promise<Result<{ path: string | null; rows: number }>> {
      const result = reconciled.get(reviewId);
      const review = reviews.get(reviewId);
      if (!result || !review) return errSaid('not_found', { code: 'nothingToExport', params: {} });
      const target = await options.platform.pickSavePath(`intune-check-${result.checkedAt.slice(0, 10)}.${format}`);
      if (!target) return ok({ path: null, rows: 0 });
      const machineOf = (id: string) => review.chains.find((c) => c.id === id)?.machineName ?? id;
      const rows = result.chains.reduce((sum, chain) => sum + chain.findings.length, 0);
      // Piece by piece, like the review's CSV: a large check may not fit in one string.
      const saved = await writeTextFile(path.resolve(target), reconciliationExport(result, format, machineOf));
      return saved.ok ? ok({ path: saved.value, rows }) : saved;
    },

    async exportCsv(reviewId: string, filter: ReviewFilter): Promise<Result<{ path: string | null; rows: number }>> {
      const found = filtered(reviewId, filter);
      if (!found.ok) return found;
      const target = await options.platform.pickSavePath(`passcode-actions-${new Date().toISOString().slice(0, 10)}.csv`);
      if (!target) return ok({ path: null, rows: 0 });
      const { review, matches } = found.value;
      const machineOf = (id: string) => review.chains.find((c) => c.id === id)?.machineName ?? null;
      // Rows are made a piece of the CSV at a time (actionsCsvPieces), never all at once.
      const rows = { length: matches.length, at: (k: number) => review.rows.at(matches[k]!) };
      const saved = await exportCsv(rows, path.resolve(target), machineOf);
      return saved.ok ? ok({ path: saved.value.path, rows: saved.value.rows }) : saved;
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;

/** What the view needs first: one entry per chain with its files, and the totals. */
export function summarise(reviewId: string, review: ReviewResult): ReviewSummary {
  // One pass over the rows, not one per chain: a review of 50 chains and a million rows runs in
  // Electron's main process, where 50 passes would stall the window.
  const counts = new Map<string, { actions: number; untrusted: number }>();
  for (let index = 0; index < review.rows.length; index++) {
    const chain = review.rows.field(index, 'chain');
    const count = counts.get(chain) ?? { actions: 0, untrusted: 0 };
    count.actions += 1;
    if (review.rows.field(index, 'findingCount') > 0) count.untrusted += 1;
    counts.set(chain, count);
  }
  const chains = review.chains.map((chain) => {
    const files = review.files
      .filter((file) => file.chain === chain.id)
      .map((file) => ({ file: file.path, copyOf: file.copyOf, entries: file.entries, integrity: file.integrity, findings: file.findings, findingCount: file.findingCount }));
    const count = counts.get(chain.id);
    return { ...chain, files, actions: count?.actions ?? 0, untrustedActions: count?.untrusted ?? 0 };
  });
  return {
    reviewId,
    chains,
    totalActions: review.rows.length,
    untrustedActions: chains.reduce((sum, chain) => sum + chain.untrustedActions, 0),
    skipped: review.skipped,
    tornFiles: review.tornFiles,
    signingKeys: [...new Set(review.keys.map((key) => formatFingerprint(key.fingerprint)))],
    comparisons: review.comparisons ?? [],
    reusedEntries: review.reusedEntries ?? 0,
  };
}

/** The rows a filter lets through (indices, newest first) and the chart's counts of them. */
interface Filtered {
  key: string;
  matches: Int32Array;
  perDay: ReviewPage['perDay'];
  trusted: number;
}

/** Actions per UTC day by their last state, oldest day first, for the review chart. */
export function countPerDay(rows: readonly FoldedAction[]): ReviewPage['perDay'] {
  return countPerDayOf({ field: (index, key) => fieldOfRow(rows[index]!, key) }, rows.keys(), (index) => fieldOfRow(rows[index]!, 'when').slice(0, 10)).perDay;
}

/** The chart's counts of the trusted rows (no finding) among `indices`, and how many rows were trusted. */
function countPerDayOf(rows: Pick<ReviewRows, 'field'>, indices: Iterable<number>, dayOf: (index: number) => string): { perDay: ReviewPage['perDay']; trusted: number } {
  const days = new Map<string, Record<string, number>>();
  let trusted = 0;
  for (const index of indices) {
    if (rows.field(index, 'findingCount') > 0) continue;
    trusted++;
    const day = dayOf(index);
    const state = rows.field(index, 'lastState');
    const counts = days.get(day) ?? {};
    counts[state] = (counts[state] ?? 0) + 1;
    days.set(day, counts);
  }
  return { perDay: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, counts]) => ({ day, counts })), trusted };
}

/**
 * Every row's index, newest first (by when it was requested, or its last update), rows of the same time in
 * review order, and each row's UTC day (for the chart) as an index into `days`, read once a review. The
 * collator is the one localeCompare uses; made once, it compares as fast as a plain compare.
 */
function newestFirst(rows: ReviewRows): { order: Int32Array; day: (index: number) => string } {
  const when: string[] = new Array<string>(rows.length);
  const days: string[] = [];
  const dayAt = new Map<string, number>();
  const dayOf = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const at = (when[i] = rows.field(i, 'when'));
    const day = at.slice(0, 10);
    let d = dayAt.get(day);
    if (d === undefined) dayAt.set(day, (d = days.push(day) - 1));
    dayOf[i] = d;
  }
  const compare = new Intl.Collator().compare;
  const order = Array.from({ length: rows.length }, (_, i) => i).sort((a, b) => compare(when[b]!, when[a]!) || a - b);
  return { order: Int32Array.from(order), day: (index) => days[dayOf[index]!]! };
}

/** A check against Intune as the file saved: JSON (as JSON.stringify with two spaces) or CSV with a byte order mark for Excel, in pieces. */
export function* reconciliationExport(result: Reconciliation, format: 'csv' | 'json', machineOf: (chain: string) => string, pieceSize?: number): Generator<string> {
  if (format === 'json') {
    yield* jsonPieces(result, pieceSize);
    yield '\n';
    return;
  }
  yield '\uFEFF';
  yield* reconciliationCsvPieces(result, machineOf, csvCell, pieceSize);
}
