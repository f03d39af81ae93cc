import { z } from 'zod';
import { foldedActionSchema } from './folded-action';
import { fileIntegritySchema, logFindingSchema } from './log-finding';

/** What reviewing log files gives the "Review logs" view: a verdict per file, and one row per action. */
export const fileReviewSchema = z.object({
  path: z.string(),
  integrity: fileIntegritySchema,
  entries: z.int(), // action entries read (headers and unreadable lines not counted)
  headers: z.int(),
  lines: z.int(),
  findings: z.array(logFindingSchema),
});
export type FileReview = z.infer<typeof fileReviewSchema>;

/** A signing key met in a header, so the admin can compare its fingerprint with the one they pinned. */
export const seenKeySchema = z.object({
  fingerprint: z.string(),
  publicKey: z.string(),
  keyStorage: z.enum(['encrypted', 'memory']),
  installId: z.string(),
  appVersion: z.string(),
  firstFile: z.string(),
  firstLine: z.int(),
});
export type SeenKey = z.infer<typeof seenKeySchema>;

export const reviewResultSchema = z.object({
  files: z.array(fileReviewSchema),
  rows: z.array(foldedActionSchema),
  keys: z.array(seenKeySchema),
  // Torn tails the writer set aside after crashes: each is a crash, worth a look.
  tornFiles: z.array(z.string()),
  // Null when nothing was read; fromGenesis false means earlier files were not part of this review.
  chainStart: z.object({ seq: z.int(), file: z.string(), line: z.int(), fromGenesis: z.boolean() }).nullable(),
  lastSeq: z.int().nullable(),
});
export type ReviewResult = z.infer<typeof reviewResultSchema>;
