import { z } from 'zod';
import { findingMessageSchema } from '../messages/finding-message';

/**
 * What a review of log files can report. Each finding points at a file and a
 * 1-based line (0 when it is about the file as a whole), so an admin can open
 * the file and look. docs/action-log-format.md explains every kind.
 */
export const findingKinds = [
  'edited', // the line's content no longer matches its own hash
  'deleted', // entries are missing before this line (sequence gap or broken link)
  'inserted', // the line does not belong to the chain: a copy, or a line nobody signed
  'reordered', // a genuine entry found after entries that followed it
  'truncated', // the last line has no newline: a write cut short (torn tail)
  'bad-signature', // hash chain intact, but the signature does not verify
  'unknown-key', // signed by a key the file's headers do not declare, or not pinned by the reviewer
  'not-json',
  'wrong-version',
  'invalid-entry', // JSON of the right version that does not match the entry schema
  'too-long',
  'binary',
  'bom', // a UTF-8 byte order mark: stripped, the file was likely saved by an editor
  'empty-file',
  'unsealed', // lines no valid seal vouches for: the run that wrote them stopped before signing (crash, or copied while running)
  'copy-differs', // two copies of one file disagree on a line (or one lacks lines the other has, not at its end)
  'set-aside', // the log names a torn tail the writer cut off at start-up (a crash)
] as const;
export type FindingKind = (typeof findingKinds)[number];

/** Kinds that are noted but do not make a file's content untrustworthy on their own. */
const noteKinds: readonly FindingKind[] = ['bom'];
/** Kinds that leave the content readable but not fully vouched for: a crash, an unpinned key. */
const lesserKinds: readonly FindingKind[] = ['unknown-key', 'truncated', 'set-aside', 'unsealed'];

export const logFindingSchema = z.object({
  kind: z.enum(findingKinds),
  file: z.string(),
  line: z.int().min(0),
  /** What was found, as a code and its values (shared/messages/finding-message.ts): worded by the window and verify-logs. */
  say: findingMessageSchema,
  /** A second reason, when a line already found not genuine turns out to be out of place as well. */
  also: findingMessageSchema.optional(),
  actionId: z.string().optional(),
});
export type LogFinding = z.infer<typeof logFindingSchema>;

/** A file's verdict, the first thing the review view shows per file. */
export const fileIntegritySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('verified') }),
  z.object({ status: z.literal('broken'), line: z.int(), kind: z.enum(findingKinds) }),
  z.object({ status: z.literal('torn-tail'), line: z.int() }),
  z.object({ status: z.literal('unknown-key'), line: z.int() }),
  z.object({ status: z.literal('unsealed'), line: z.int() }),
  z.object({ status: z.literal('empty') }),
]);
export type FileIntegrity = z.infer<typeof fileIntegritySchema>;

/**
 * Precedence: anything that breaks the content wins over an unknown key, which
 * wins over unsealed lines, which win over a torn tail (a crash, expected now and then).
 */
export function integrityOf(findings: readonly LogFinding[]): FileIntegrity {
  const byLine = [...findings].sort((a, b) => a.line - b.line);
  if (byLine.some((f) => f.kind === 'empty-file')) return { status: 'empty' };
  const broken = byLine.find((f) => !noteKinds.includes(f.kind) && !lesserKinds.includes(f.kind));
  if (broken) return { status: 'broken', line: broken.line, kind: broken.kind };
  const unknown = byLine.find((f) => f.kind === 'unknown-key');
  if (unknown) return { status: 'unknown-key', line: unknown.line };
  const unsealed = byLine.find((f) => f.kind === 'unsealed');
  if (unsealed) return { status: 'unsealed', line: unsealed.line };
  const torn = byLine.find((f) => f.kind === 'truncated' || f.kind === 'set-aside');
  if (torn) return { status: 'torn-tail', line: torn.line };
  return { status: 'verified' };
}

/**
 * What opening the log for writing can report. The app shows these: a torn
 * tail means the last run crashed mid-write; a memory-only key means this
 * run's entries can be verified only against the public key in its header.
 */
export const openFindingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('truncated'), file: z.string(), line: z.int(), bytes: z.int(), movedTo: z.string(), message: z.string() }),
  z.object({ kind: z.literal('key-in-memory'), message: z.string() }),
  z.object({ kind: z.literal('key-replaced'), movedTo: z.string(), message: z.string() }),
  z.object({ kind: z.literal('stale-lock'), pid: z.int(), message: z.string() }),
]);
export type OpenFinding = z.infer<typeof openFindingSchema>;
