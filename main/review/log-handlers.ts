import { ok, type AppError } from '../../shared/result';
import { formatFingerprint } from '../../shared/log/key-fingerprint';
import type { ActionLog } from '../action-log/action-log';
import type { ReviewService } from './review-service';
import { channelGroup } from '../base/ipc/handlers';

export interface LogHandlerDeps {
  /** Null when the log could not be opened (another instance holds it, the disk refused). */
  log: ActionLog | null;
  logProblem: AppError | null;
  folder: string;
  review: ReviewService;
}

export const logHandlers = channelGroup<LogHandlerDeps>()({
  getLogStatus: (deps) => () => {
    if (!deps.log) return { ok: false, error: deps.logProblem ?? { code: 'log_error', message: 'The action log is not open' } };
    return ok({
      folder: deps.folder,
      fingerprint: formatFingerprint(deps.log.fingerprint),
      keyStorage: deps.log.keyInMemoryOnly ? 'memory' : 'encrypted',
      findingsAtOpen: deps.log.findingsAtOpen,
    });
  },
  openLogs: (deps) => ({ kind }) => deps.review.open(kind),
  listReviewRows: (deps) => ({ reviewId, filter, offset, limit }) => deps.review.listRows(reviewId, filter, offset, limit),
  exportReviewCsv: (deps) => ({ reviewId, filter }) => deps.review.exportCsv(reviewId, filter),
});
