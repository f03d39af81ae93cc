import { z } from 'zod';
import { remoteActionKinds } from '../remote-actions/remote-action';
import { entryTypes, LOG_FORMAT_VERSION, trackedStates, type ActionEntry, type SealEntry } from './log-entry';

/**
 * A fast yes for the two kinds of line that make up nearly all of a log:
 * format-2 action entries and seals. It says yes only to values the zod
 * schemas in log-entry.ts accept unchanged (same fields, same limits, the
 * same patterns, taken from those schemas); anything else, valid or not,
 * gets null and goes to zod, which also words the error. A review of a
 * million lines spends most of its time here, so nothing is allocated.
 */
type Obj = Record<string, unknown>;

// The very patterns zod checks these formats with, so both agree on every input.
const patternOf = (schema: z.ZodType): RegExp => (schema as unknown as { _zod: { def: { pattern: RegExp } } })._zod.def.pattern;
const DATETIME = patternOf(z.iso.datetime({ offset: false }));
const GUID = patternOf(z.guid());
const SHA256_HEX = /^[0-9a-f]{64}$/;
const SIG_BASE64 = /^[A-Za-z0-9+/]{86}[A-Za-z0-9+/=]{2}$/;

const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max: number) => typeof value === 'string' && value.length >= 1 && value.length <= max;
const optionalText = (value: unknown, max: number) => value === undefined || (typeof value === 'string' && value.length <= max);
const isOneOf = (value: unknown, set: ReadonlySet<string>) => typeof value === 'string' && set.has(value);

/**
 * How many keys `value` has. A value has only allowed keys when this equals the number of allowed keys it holds:
 * each check below reads the allowed ones anyway, and counting is cheaper than looking every key up in a set.
 * (JSON.parse gives no key a value of undefined, so "held" is "not undefined".)
 */
function keyCount(value: Obj): number {
  let count = 0;
  for (const _ in value) count++;
  return count;
}
const held = (value: unknown) => (value === undefined ? 0 : 1);

const types = new Set<string>(entryTypes);
const states = new Set<string>(trackedStates);
const actions = new Set<string>(remoteActionKinds);

/**
 * `expectedPrev` is the hash the line before ended with, when the caller knows it: a `prev` equal to it is a
 * SHA-256 in hex already, and nearly every line's is, so the pattern is tested only on the others.
 */
const chainOk = (v: Obj, expectedPrev: string | undefined) =>
  v.v === LOG_FORMAT_VERSION && Number.isSafeInteger(v.seq) && (v.seq as number) >= 1 && typeof v.time === 'string' && DATETIME.test(v.time) && typeof v.prev === 'string' && (v.prev === expectedPrev || SHA256_HEX.test(v.prev));

// Each check counts the keys it allows (the required ones, plus the optional ones held) against the keys there are.
const technicianChecked = (t: unknown) => isObj(t) && text(t.upn, 320) && text(t.objectId, 64) && optionalText(t.displayName, 256) && keyCount(t) === 2 + held(t.displayName);

/**
 * The technician and the device that passed last. The reader of the writer's layout (written-line.ts) hands on
 * the line before's objects, frozen, when their bytes are equal, so most lines bring an object that passed: the
 * same object, unchanged, passes again without being checked again. A parsed value is never changed afterwards
 * (the frozen ones cannot be); JSON.parse's are new objects every line, so they never match.
 */
let goodTechnician: unknown = null;
let goodDevice: unknown = null;
const technicianOk = (t: unknown) => t === goodTechnician || (technicianChecked(t) && ((goodTechnician = t), true));
const deviceOk = (d: unknown) => d === goodDevice || (deviceChecked(d) && ((goodDevice = d), true));

const deviceChecked = (d: unknown) =>
  isObj(d) &&
  text(d.id, 128) &&
  text(d.name, 256) &&
  optionalText(d.platform, 64) &&
  optionalText(d.osVersion, 64) &&
  optionalText(d.mode, 128) &&
  optionalText(d.ownerUpn, 320) &&
  optionalText(d.serial, 128) &&
  keyCount(d) === 2 + held(d.platform) + held(d.osVersion) + held(d.mode) + held(d.ownerUpn) + held(d.serial);

const decisionOk = (d: unknown) => d === undefined || (isObj(d) && typeof d.eligible === 'boolean' && text(d.mode, 64) && text(d.reasonCode, 128) && text(d.source, 64) && keyCount(d) === 4);
const errorOk = (e: unknown) => e === undefined || (isObj(e) && text(e.code, 128) && typeof e.message === 'string' && e.message.length <= 2000 && keyCount(e) === 2);

/**
 * The last action id that matched the GUID pattern. The lines of one action follow each other and repeat its
 * id, and a string equal to one that matched matches too: the pattern runs once an action, not once a line.
 */
let lastGuid = '';
function isGuid(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value === lastGuid) return true;
  if (!GUID.test(value)) return false;
  lastGuid = value;
  return true;
}

/** The fields an entry's type requires (requireByType in log-entry.ts). */
function requiredPresent(v: Obj): boolean {
  switch (v.type) {
    case 'requested':
      return v.ticket !== undefined && v.identityVerified !== undefined && v.decision !== undefined;
    case 'refused':
      return v.decision !== undefined;
    case 'failed':
    case 'unresolved':
      return v.error !== undefined;
    case 'state':
      return v.state !== undefined;
    case 'note':
    case 'closed':
      return v.note !== undefined;
    default:
      return true;
  }
}

function actionEntryOk(v: Obj, expectedPrev: string | undefined): boolean {
  return (
    chainOk(v, expectedPrev) &&
    isOneOf(v.type, types) &&
    isGuid(v.actionId) &&
    (v.action === undefined || isOneOf(v.action, actions)) &&
    technicianOk(v.technician) &&
    text(v.tenantId, 128) &&
    deviceOk(v.device) &&
    optionalText(v.ticket, 256) &&
    (v.identityVerified === undefined || typeof v.identityVerified === 'boolean') &&
    decisionOk(v.decision) &&
    optionalText(v.graphRequestId, 128) &&
    (v.state === undefined || isOneOf(v.state, states)) &&
    errorOk(v.error) &&
    optionalText(v.note, 2000) &&
    requiredPresent(v) &&
    // v, seq, time, prev, type, actionId, technician, tenantId and device, then the optional fields it holds.
    keyCount(v) ===
      9 + held(v.action) + held(v.ticket) + held(v.identityVerified) + held(v.decision) + held(v.graphRequestId) + held(v.state) + held(v.error) + held(v.note)
  );
}

const sealOk = (v: Obj, expectedPrev: string | undefined) => chainOk(v, expectedPrev) && typeof v.keyId === 'string' && SHA256_HEX.test(v.keyId) && typeof v.sig === 'string' && SIG_BASE64.test(v.sig) && keyCount(v) === 7;

/**
 * The value as a log line when it is certainly a valid format-2 action entry or seal; null: ask the schema.
 * `expectedPrev` must be a SHA-256 in hex the caller computed itself (the hash of the line before): it only
 * spares a pattern test, so the answer is the same without it.
 */
export function knownGoodLine(value: unknown, expectedPrev?: string): ActionEntry | SealEntry | null {
  if (!isObj(value) || value.v !== LOG_FORMAT_VERSION) return null;
  if (value.type === 'seal') return sealOk(value, expectedPrev) ? (value as unknown as SealEntry) : null;
  if (value.type === 'header' || value.type === 'setting') return null;
  return actionEntryOk(value, expectedPrev) ? (value as unknown as ActionEntry) : null;
}
