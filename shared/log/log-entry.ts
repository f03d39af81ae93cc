import { z } from 'zod';

/**
 * The lines of the action log. Every line is one JSON object, either a header
 * (who wrote what follows, and with which signing key) or an action entry.
 * Objects are strict: an unknown field fails the schema, so there is no place
 * where a token or passcode could ride along (see secret-guard.ts for the
 * check on the values themselves).
 */
export const LOG_FORMAT_VERSION = 1;

/** `prev` of the very first line of a log: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

export const entryTypes = ['requested', 'refused', 'accepted', 'failed', 'unknown', 'state', 'resumed', 'note'] as const;
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

/** Fields the writer fills in on every line. */
const chainFields = {
  v: z.literal(LOG_FORMAT_VERSION),
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
  if (entry.type === 'note') need('note');
}

export const actionEntryInputSchema = z.strictObject(actionFields).superRefine(requireByType);
export type ActionEntryInput = z.infer<typeof actionEntryInputSchema>;

export const actionEntrySchema = z
  .strictObject({ ...chainFields, ...actionFields, keyId: sha256Hex })
  .superRefine(requireByType);
export type ActionEntry = z.infer<typeof actionEntrySchema>;

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
export const settingEntrySchema = z.strictObject({ ...chainFields, ...settingFields, keyId: sha256Hex });
export type SettingEntry = z.infer<typeof settingEntrySchema>;

export const headerEntrySchema = z.strictObject({
  ...chainFields,
  type: z.literal('header'),
  installId: z.guid(),
  appVersion: text(64),
  publicKey: base64Of(32), // raw Ed25519 public key
  fingerprint: sha256Hex, // SHA-256 of the raw public key; also the keyId of the entries it signs
  keyStorage: z.enum(['encrypted', 'memory']), // `memory`: the private key died with that run
});
export type HeaderEntry = z.infer<typeof headerEntrySchema>;

export type LogLine = HeaderEntry | ActionEntry | SettingEntry;

const typeOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined);

/** Picks the schema by `type` so an error names the fields of the right kind of line. */
export function parseLogLine(value: unknown): z.ZodSafeParseResult<LogLine> {
  const type = typeOf(value);
  if (type === 'header') return headerEntrySchema.safeParse(value);
  if (type === 'setting') return settingEntrySchema.safeParse(value);
  return actionEntrySchema.safeParse(value);
}

/** What `append` takes: an action entry, or a setting change. */
export function parseEntryInput(value: unknown): z.ZodSafeParseResult<ActionEntryInput | SettingEntryInput> {
  return typeOf(value) === 'setting' ? settingEntryInputSchema.safeParse(value) : actionEntryInputSchema.safeParse(value);
}

export function isSettingEntry(line: LogLine): line is SettingEntry {
  return line.type === 'setting';
}

export function isHeader(line: LogLine): line is HeaderEntry {
  return line.type === 'header';
}
