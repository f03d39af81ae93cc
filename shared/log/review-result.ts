import { z } from 'zod';
import { foldedActionSchema } from './folded-action';
import { fileIntegritySchema, logFindingSchema } from './log-finding';

/** What reviewing log files gives the "Review logs" view: a verdict per chain and per file, and one row per action. */
export const fileReviewSchema = z.object({
  path: z.string(),
  chain: z.string(),
  /** Set when this file is a copy of another opened file (same chain, same start): its lines were compared, not counted again. */
  copyOf: z.string().nullable(),
  integrity: fileIntegritySchema,
  entries: z.int(), // action entries read (headers, seals and unreadable lines not counted)
  headers: z.int(),
  lines: z.int(),
  /** The first findings (capped); findingCount is how many there were in all. */
  findings: z.array(logFindingSchema),
  findingCount: z.int(),
});
export type FileReview = z.infer<typeof fileReviewSchema>;

/**
 * One installation's log: every file that carries its chain, verified on its
 * own (sequence, links, month-to-month continuity, seals). Old files say
 * less about themselves; `lacks` says what in words.
 */
export const chainReviewSchema = z.object({
  id: z.string(), // the installation id, or `file:<path>` for a file that names no chain
  installId: z.string().nullable(),
  machineName: z.string().nullable(),
  fingerprints: z.array(z.string()), // keys its headers declare, hex
  technicians: z.array(z.string()), // UPNs of the technicians its entries name
  firstTime: z.string().nullable(),
  lastTime: z.string().nullable(),
  entries: z.int(),
  firstSeq: z.int().nullable(),
  lastSeq: z.int().nullable(),
  fromGenesis: z.boolean(), // false: earlier files of this chain were not part of the review
  integrity: fileIntegritySchema,
  findingCount: z.int(),
  lacks: z.array(z.string()),
  files: z.array(z.string()), // paths, in chain order; copies after the file they copy
});
export type ChainReview = z.infer<typeof chainReviewSchema>;

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

/** Something named like a log file that is not one (a folder, a link, unreadable): reported, not read. */
export const skippedPathSchema = z.object({ path: z.string(), reason: z.string() });
export type SkippedPath = z.infer<typeof skippedPathSchema>;

export const reviewResultSchema = z.object({
  chains: z.array(chainReviewSchema),
  files: z.array(fileReviewSchema),
  rows: z.array(foldedActionSchema),
  keys: z.array(seenKeySchema),
  // Torn tails the writer set aside after crashes: each is a crash, worth a look.
  tornFiles: z.array(z.string()),
  skipped: z.array(skippedPathSchema),
});
export type ReviewResult = z.infer<typeof reviewResultSchema>;
