import { z } from 'zod';
import { foldedActionSchema } from './folded-action';
import type { ReviewRows } from './review-rows';
import { fileIntegritySchema, logFindingSchema } from './log-finding';
import { findingMessageSchema, skipReasonSchema } from '../messages/finding-message';

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
 * less about themselves; `lacks` says what, as codes the window and
 * verify-logs word (shared/i18n).
 */
export const chainLacks = [
  'no-header', // the first line is not a header, so the files name no installation
  'no-machine-name', // files of format 1, written before machine names were logged
  'format-1', // format 1: every line is signed, and every signature was checked
] as const;
export type ChainLack = (typeof chainLacks)[number];

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
  lacks: z.array(z.enum(chainLacks)),
  files: z.array(z.string()), // paths, in chain order; copies after the file they copy
  /** Set for a chain taken out of a syslog collector's files: the sending host and the files read. */
  central: z.object({ host: z.string(), files: z.array(z.string()), duplicates: z.int() }).optional(),
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
export const skippedPathSchema = z.object({
  path: z.string(),
  reason: skipReasonSchema,
  /** For a collector file's line that names no chain: what is wrong with it. */
  finding: findingMessageSchema.optional(),
});
export type SkippedPath = z.infer<typeof skippedPathSchema>;

/**
 * A central copy (from the collector) beside the same installation's local
 * log, entry by entry (by sequence number): an entry missing centrally was
 * never forwarded (or forwarding is behind); an entry only centrally was
 * deleted from the local log; a different line was edited on one side.
 */
export const comparisonKinds = ['missing-centrally', 'only-centrally', 'differs'] as const;
/**
 * Why, as far as the files can tell: missing centrally after the collector's
 * last entry (forwarding behind or stopped) or between entries it holds (lost);
 * only centrally after the local log's end (cut short) or within it (deleted
 * locally); edited on one side. The window and verify-logs word them (shared/i18n).
 */
export const comparisonReasons = ['after-central-end', 'central-gap', 'after-local-end', 'deleted-locally', 'edited'] as const;
export type ComparisonReason = (typeof comparisonReasons)[number];
const placeSchema = z.object({ file: z.string(), line: z.int() });
export const comparisonFindingSchema = z.object({
  kind: z.enum(comparisonKinds),
  seq: z.int(),
  local: placeSchema.nullable(),
  central: placeSchema.nullable(),
  reason: z.enum(comparisonReasons),
});
export type ComparisonFinding = z.infer<typeof comparisonFindingSchema>;

export const centralComparisonSchema = z.object({
  installId: z.string(),
  machineName: z.string().nullable(),
  centralFiles: z.array(z.string()),
  localFiles: z.array(z.string()),
  /** The sequence numbers compared: from the first local line given; central lines after the last local one count too. */
  from: z.int(),
  to: z.int(),
  same: z.int(),
  missingCentrally: z.int(),
  onlyCentrally: z.int(),
  differing: z.int(),
  /** The first findings (capped); the counts above are complete. */
  findings: z.array(comparisonFindingSchema),
});
export type CentralComparison = z.infer<typeof centralComparisonSchema>;

export const reviewResultSchema = z.object({
  chains: z.array(chainReviewSchema),
  files: z.array(fileReviewSchema),
  rows: z.array(foldedActionSchema),
  keys: z.array(seenKeySchema),
  // Torn tails the writer set aside after crashes: each is a crash, worth a look.
  tornFiles: z.array(z.string()),
  skipped: z.array(skippedPathSchema),
  /** Central copies opened beside local logs of the same installation. */
  comparisons: z.array(centralComparisonSchema).optional(),
  /** Action entries an earlier review had verified in files unchanged since, taken from the reviewer's cache. */
  reusedEntries: z.int().optional(),
});
/** What reviewing log files gives; `rows` kept packed (ReviewRows), not as the schema's array. */
export type ReviewResult = Omit<z.infer<typeof reviewResultSchema>, 'rows'> & { rows: ReviewRows };
