import type { StateCreator } from 'zustand';
import type { AppError } from '../../shared/result';
import type { FoldedAction } from '../../shared/log/folded-action';
import type { ReviewPage, ReviewSummary } from '../../shared/review/review';
import { getApi } from '../api/bridge';
import { emptyReviewFilter, toReviewFilter, type ReviewFilterForm } from './review-filter';
import type { StoreState } from './store';

export type OpenLogsKind = 'files' | 'folder' | 'own';
const pageSize = 200;

export interface ReviewData {
  reviewSummary: ReviewSummary | null;
  reviewOpening: OpenLogsKind | null;
  reviewOpenError: AppError | null;
  reviewFilter: ReviewFilterForm;
  reviewRows: FoldedAction[];
  reviewTotal: number;
  reviewPerDay: ReviewPage['perDay'];
  /** Rows of the current filter left out of the chart because a finding touches them. */
  reviewUntrusted: number;
  reviewRowsStatus: 'idle' | 'loading' | 'ready' | 'error';
  reviewRowsError: AppError | null;
  /** Bumped by each new filter or file set, so a late page of an older query is dropped. */
  reviewGeneration: number;
  reviewExport: { status: 'idle' | 'saving' | 'saved' | 'cancelled' | 'error'; path: string | null; rows: number; error: AppError | null };
}

export interface ReviewSlice extends ReviewData {
  openLogs(kind: OpenLogsKind): Promise<void>;
  setReviewFilter(patch: Partial<ReviewFilterForm>): void;
  clearReviewFilter(): void;
  loadReviewRows(): Promise<void>;
  loadMoreReviewRows(): Promise<void>;
  exportReviewCsv(): Promise<void>;
}

export function initialReviewData(): ReviewData {
  return {
    reviewSummary: null,
    reviewOpening: null,
    reviewOpenError: null,
    reviewFilter: emptyReviewFilter,
    reviewRows: [],
    reviewTotal: 0,
    reviewPerDay: [],
    reviewUntrusted: 0,
    reviewRowsStatus: 'idle',
    reviewRowsError: null,
    reviewGeneration: 0,
    reviewExport: { status: 'idle', path: null, rows: 0, error: null },
  };
}

export const createReviewSlice: StateCreator<StoreState, [], [], ReviewSlice> = (set, get) => {
  async function fetchPage(offset: number): Promise<void> {
    const { reviewSummary, reviewFilter, reviewGeneration } = get();
    if (!reviewSummary) return;
    set({ reviewRowsStatus: 'loading', reviewRowsError: null });
    const result = await getApi().listReviewRows({
      reviewId: reviewSummary.reviewId,
      filter: toReviewFilter(reviewFilter),
      offset,
      limit: pageSize,
    });
    if (get().reviewGeneration !== reviewGeneration) return;
    if (!result.ok) return set({ reviewRowsStatus: 'error', reviewRowsError: result.error });
    set((s) => ({
      reviewRows: offset === 0 ? result.value.rows : [...s.reviewRows, ...result.value.rows],
      reviewTotal: result.value.total,
      reviewPerDay: result.value.perDay,
      reviewUntrusted: result.value.untrusted,
      reviewRowsStatus: 'ready',
    }));
  }

  return {
    ...initialReviewData(),
    async openLogs(kind) {
      set({ reviewOpening: kind, reviewOpenError: null });
      const result = await getApi().openLogs({ kind });
      set({ reviewOpening: null });
      if (!result.ok) return set({ reviewOpenError: result.error });
      if (result.value === null) return; // the technician closed the file dialog
      set((s) => ({
        reviewSummary: result.value,
        reviewRows: [],
        reviewTotal: 0,
        reviewPerDay: [],
        reviewGeneration: s.reviewGeneration + 1,
        reviewExport: initialReviewData().reviewExport,
      }));
      await fetchPage(0);
    },
    setReviewFilter(patch) {
      set((s) => ({ reviewFilter: { ...s.reviewFilter, ...patch }, reviewGeneration: s.reviewGeneration + 1 }));
      void fetchPage(0);
    },
    clearReviewFilter() {
      set((s) => ({ reviewFilter: emptyReviewFilter, reviewGeneration: s.reviewGeneration + 1 }));
      void fetchPage(0);
    },
    async loadReviewRows() {
      set((s) => ({ reviewGeneration: s.reviewGeneration + 1 }));
      await fetchPage(0);
    },
    async loadMoreReviewRows() {
      const { reviewRows, reviewTotal, reviewRowsStatus } = get();
      if (reviewRowsStatus === 'loading' || reviewRows.length >= reviewTotal) return;
      await fetchPage(reviewRows.length);
    },
    async exportReviewCsv() {
      const { reviewSummary, reviewFilter } = get();
      if (!reviewSummary) return;
      set({ reviewExport: { status: 'saving', path: null, rows: 0, error: null } });
      const result = await getApi().exportReviewCsv({ reviewId: reviewSummary.reviewId, filter: toReviewFilter(reviewFilter) });
      if (!result.ok) return set({ reviewExport: { status: 'error', path: null, rows: 0, error: result.error } });
      const { path, rows } = result.value;
      set({ reviewExport: { status: path === null ? 'cancelled' : 'saved', path, rows, error: null } });
    },
  };
};
