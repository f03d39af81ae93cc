import { z } from 'zod';
import { remoteActionKinds } from '../remote-actions/remote-action';

/**
 * The lines of the action log. Every line is one JSON object, either a header
 * (who wrote what follows, and with which signing key) or an action entry.
 * Objects are strict: an unknown field fails the schema, so there is no place
 * where a token or passcode could ride along (see secret-guard.ts for the
 * check on the values themselves).
 */
export const LOG_FORMAT_VERSION = 2;
/** Format 1 signed every line (hash over canonical JSON + signature); its files are still read. */
export const LEGACY_FORMAT_VERSION = 1;

/** `prev` of the very first line of a log: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * `unresolved`: the app stopped following an action whose outcome it could not
 * learn in the time allowed (its error says what to check); `closed`: a
 * technician closed an action of unknown outcome by hand, with a note. Both end
 * the action: it is never resumed, and its device is free again.
 */
export const entryTypes = ['requested', 'refused', 'accepted', 'failed', 'unknown', 'state', 'resumed', 'note', 'unresolved', 'closed'] as const;
export type EntryType = (typeof entryTypes)[number];

/** States Intune reports for a queued action (Graph's actionState, minus `none`, which we never log). */
export const trackedStates = ['pending', 'active', 'done', 'failed', 'notSupported', 'canceled'] as const;
export type TrackedState = (typeof trackedStates)[number];

const text = (max: number) => z.string().min(1).max(max);
const optionalText = (max: number) => z.string().max(max).optional();
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits');
const base64Of = (bytes: number) => {
  const length = Math.ceil(bytes / 3) * 4;
  return z.string().regex(new RegExp(`^[A-Za-z0-9+/]{${length - 2}}[A-Za-z0-9+/=]{2}$`), `expected base64 of ${bytes} bytes`);
};

/**
 * Fields the writer fills in on every line. `prev` is the SHA-256 of the
 * exact bytes of the line before (newline included), so a reader hashes each
 * byte once and never re-serialises a line.
 */
const chainFields = {
  v: z.literal(LOG_FORMAT_VERSION),
  seq: z.int().min(1),
  time: z.iso.datetime({ offset: false }),
  prev: sha256Hex,
};

/** Format 1: every line carried its own hash (of its canonical JSON) and a signature of it. */
const legacyChainFields = {
  v: z.literal(LEGACY_FORMAT_VERSION),
  seq: z.int().min(1),
  time: z.iso.datetime({ offset: false }),
  prev: sha256Hex,
  hash: sha256Hex,
  sig: base64Of(64),
};

export const technicianSchema = z.strictObject({
  upn: text(320),
  objectId: text(64),
  displayName: optionalText(256),
});

export const deviceSchema = z.strictObject({
  id: text(128),
  name: text(256),
  platform: optionalText(64),
  osVersion: optionalText(64),
  mode: optionalText(128), // enrollment mode, as the rule engine names it
  ownerUpn: optionalText(320),
  serial: optionalText(128),
});

export const ruleDecisionSchema = z.strictObject({
  eligible: z.boolean(),
  mode: text(64),
  reasonCode: text(128),
  source: text(64),
});

export const entryErrorSchema = z.strictObject({ code: text(128), message: z.string().max(2000) });

/** What the caller gives `append`: everything but the chain fields. */
const actionFields = {
  type: z.enum(entryTypes),
  actionId: z.guid(),
  /** Which remote action; absent in entries written before there was more than one (they are resetPasscode). */
  action: z.enum(remoteActionKinds).optional(),
  technician: technicianSchema,
  tenantId: text(128),
  device: deviceSchema,
  ticket: optionalText(256),
  identityVerified: z.boolean().optional(),
  decision: ruleDecisionSchema.optional(),
  graphRequestId: optionalText(128),
  state: z.enum(trackedStates).optional(),
  error: entryErrorSchema.optional(),
  note: optionalText(2000),
};

type ActionShape = { type: EntryType; ticket?: string; identityVerified?: boolean; decision?: unknown; state?: unknown; error?: unknown; note?: string };

/** Fields an entry of a given type cannot do without, so a review never shows a `requested` with no ticket. */
function requireByType(entry: ActionShape, ctx: z.RefinementCtx): void {
  const need = (field: keyof ActionShape) => {
    if (entry[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `a ${entry.type} entry needs ${field}` });
  };
  if (entry.type === 'requested') ['ticket', 'identityVerified', 'decision'].forEach((f) => need(f as keyof ActionShape));
  if (entry.type === 'refused') need('decision');
  if (entry.type === 'failed') need('error');
  if (entry.type === 'state') need('state');
  if (entry.type === 'note' || entry.type === 'closed') need('note');
  if (entry.type === 'unresolved') need('error');
}

export const actionEntryInputSchema = z.strictObject(actionFields).superRefine(requireByType);
export type ActionEntryInput = z.infer<typeof actionEntryInputSchema>;

export const actionEntrySchema = z.strictObject({ ...chainFields, ...actionFields }).superRefine(requireByType);
export type ActionEntry = z.infer<typeof actionEntrySchema>;

/** A torn tail the writer cut off at start-up, named in the log so deleting the side file shows. */
export const setAsideSchema = z.strictObject({
  file: text(256), // the side file's name, in the same folder
  line: z.int().min(1),
  bytes: z.int().min(1),
  sha256: sha256Hex, // of the bytes moved
});
export type SetAside = z.infer<typeof setAsideSchema>;

const keyFields = {
  installId: z.guid(),
  appVersion: text(64),
  publicKey: base64Of(32), // raw Ed25519 public key
  fingerprint: sha256Hex, // SHA-256 of the raw public key
  keyStorage: z.enum(['encrypted', 'memory']), // `memory`: the private key died with that run
};

export const headerEntrySchema = z.strictObject({
  ...chainFields,
  type: z.literal('header'),
  ...keyFields,
  machineName: text(256),
  setAside: setAsideSchema.optional(),
});
export type HeaderEntry = z.infer<typeof headerEntrySchema>;

/**
 * A signed checkpoint. `sig` is the Ed25519 signature of the line's own bytes
 * up to `,"sig":"`, which include `prev`: through the chain it vouches for
 * every line before it. `sig` is always the last field.
 */
export const sealEntrySchema = z.strictObject({
  ...chainFields,
  type: z.literal('seal'),
  keyId: sha256Hex,
  sig: base64Of(64),
});
export type SealEntry = z.infer<typeof sealEntrySchema>;

/**
 * A change that weakens a control (the ticket requirement switched off,
 * forwarding switched off), written before the change takes effect so the
 * log, and its central copy, show who lowered the bar and when.
 */
export const weakeningSettings = ['requireTicketReference', 'forwardingEnabled'] as const;
export type WeakeningSetting = (typeof weakeningSettings)[number];

const settingFields = {
  type: z.literal('setting'),
  setting: z.enum(weakeningSettings),
  from: z.boolean(),
  to: z.boolean(),
  technician: technicianSchema.optional(), // who was signed in, if anyone
};
export const settingEntryInputSchema = z.strictObject(settingFields);
export type SettingEntryInput = z.infer<typeof settingEntryInputSchema>;
export const settingEntrySchema = z.strictObject({ ...chainFields, ...settingFields });
export type SettingEntry = z.infer<typeof settingEntrySchema>;

export type LogLine = HeaderEntry | ActionEntry | SealEntry | SettingEntry;

export const legacyEntrySchema = z.strictObject({ ...legacyChainFields, ...actionFields, keyId: sha256Hex }).superRefine(requireByType);
export type LegacyEntry = z.infer<typeof legacyEntrySchema>;
export const legacyHeaderSchema = z.strictObject({ ...legacyChainFields, type: z.literal('header'), ...keyFields });
export type LegacyHeader = z.infer<typeof legacyHeaderSchema>;
export type LegacyLine = LegacyHeader | LegacyEntry;

/** Any line a reader understands, of either format. */
export type AnyLine = LogLine | LegacyLine;
/** What the review folds into rows: an action entry of either format. */
export type AnyActionEntry = ActionEntry | LegacyEntry;

const typeOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined);

/** Picks the schema by version and `type` so an error names the fields of the right kind of line. */
export function parseLogLine(value: unknown): z.ZodSafeParseResult<AnyLine> {
  const type = typeOf(value);
  if ((value as { v?: unknown }).v === LEGACY_FORMAT_VERSION) {
    return type === 'header' ? legacyHeaderSchema.safeParse(value) : legacyEntrySchema.safeParse(value);
  }
  if (type === 'header') return headerEntrySchema.safeParse(value);
  if (type === 'seal') return sealEntrySchema.safeParse(value);
  if (type === 'setting') return settingEntrySchema.safeParse(value);
  return actionEntrySchema.safeParse(value);
}

/** What `append` takes: an action entry, or a setting change. */
export function parseEntryInput(value: unknown): z.ZodSafeParseResult<ActionEntryInput | SettingEntryInput> {
  return typeOf(value) === 'setting' ? settingEntryInputSchema.safeParse(value) : actionEntryInputSchema.safeParse(value);
}

export function isHeader(line: AnyLine): line is HeaderEntry | LegacyHeader {
  return line.type === 'header';
}

export function isActionEntry(line: AnyLine): line is AnyActionEntry {
  return line.type !== 'header' && line.type !== 'seal' && line.type !== 'setting';
}
