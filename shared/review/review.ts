import { z } from 'zod';
import { fileIntegritySchema, logFindingSchema } from '../log/log-finding';
import { foldedActionSchema, foldedStates } from '../log/folded-action';
import { centralComparisonSchema, chainReviewSchema, skippedPathSchema } from '../log/review-result';
import { remoteActionKinds } from '../remote-actions/remote-action';

/** What the review view shows right after opening log files, before any filter. */
export const reviewedFileSchema = z.object({
  file: z.string(),
  copyOf: z.string().nullable(),
  entries: z.int(),
  integrity: fileIntegritySchema,
  /** The first findings of this file (a broken file can have thousands). */
  findings: z.array(logFindingSchema),
  findingCount: z.int(),
});
export type ReviewedFile = z.infer<typeof reviewedFileSchema>;

/** One row per chain (installation): who, where, when, its verdict, and the files that make it. */
export const reviewedChainSchema = chainReviewSchema.omit({ files: true }).extend({
  files: z.array(reviewedFileSchema),
  actions: z.int(),
  untrustedActions: z.int(),
});
export type ReviewedChain = z.infer<typeof reviewedChainSchema>;

export const reviewSummarySchema = z.object({
  reviewId: z.string(),
  chains: z.array(reviewedChainSchema),
  totalActions: z.int(),
  /** Actions with a finding on any of their entries: shown, but marked as not to be trusted. */
  untrustedActions: z.int(),
  skipped: z.array(skippedPathSchema),
  tornFiles: z.array(z.string()),
  /** Fingerprints of the keys that signed what was read, for comparison with a pinned one. */
  signingKeys: z.array(z.string()),
  /** Central copies compared with the local log of the same installation. */
  comparisons: z.array(centralComparisonSchema),
  /** Entries verified by an earlier review of files unchanged since, taken from the reviewer's cache (0: all read now). */
  reusedEntries: z.int(),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

const isoInstant = z.iso.datetime({ offset: true });
export const reviewFilterSchema = z
  .object({
    technician: z.string().max(320).optional(),
    device: z.string().max(256).optional(),
    states: z.array(z.enum(foldedStates)).max(foldedStates.length).optional(),
    actions: z.array(z.enum(remoteActionKinds)).max(remoteActionKinds.length).optional(),
    ticket: z.string().max(256).optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
  })
  .strict();
export type ReviewFilter = z.infer<typeof reviewFilterSchema>;

export const reviewDaySchema = z.object({
  day: z.string(), // YYYY-MM-DD, UTC
  counts: z.record(z.string(), z.int()), // by last state
});

export const reviewPageSchema = z.object({
  rows: z.array(foldedActionSchema),
  total: z.int(),
  /** Trusted actions only: a row with a finding is left out of the chart and counted here. */
  perDay: z.array(reviewDaySchema),
  untrusted: z.int(),
});
export type ReviewPage = z.infer<typeof reviewPageSchema>;
