import { z } from 'zod';
import {
  deviceSchema,
  entryErrorSchema,
  entryTypes,
  technicianSchema,
  trackedStates,
  type AnyActionEntry,
  type EntryType,
  type TrackedState,
} from './log-entry';
import { findingKinds, type FindingKind } from './log-finding';
import { legacyRemoteAction, remoteActionKinds, remoteActionTraits, type RemoteActionKind } from '../remote-actions/remote-action';

/**
 * One row per action for the review view: the log holds several entries per
 * action (requested, accepted, state changes...), an admin wants one line.
 */
export const foldedStates = ['requested', 'refused', 'accepted', 'unknown', ...trackedStates, 'unresolved', 'closed'] as const;
export type FoldedState = (typeof foldedStates)[number];

export const foldedActionSchema = z.object({
  actionId: z.string(),
  action: z.enum(remoteActionKinds),
  tenantId: z.string(),
  device: deviceSchema,
  technician: technicianSchema,
  ticket: z.string().nullable(),
  identityVerified: z.boolean().nullable(),
  requestedAt: z.string().nullable(), // null when the `requested` entry is missing from what was read
  lastState: z.enum(foldedStates),
  lastType: z.enum(entryTypes),
  lastUpdate: z.string(),
  graphRequestId: z.string().nullable(),
  error: entryErrorSchema.nullable(),
  entryCount: z.int(),
  firstFile: z.string(),
  firstLine: z.int(),
  findings: z.array(z.enum(findingKinds)), // integrity findings on any of this action's entries
  chain: z.string(), // the chain (installation) the action was logged in; '' when folded outside a review
});
export type FoldedAction = z.infer<typeof foldedActionSchema>;

export interface EntryWhere {
  file: string;
  line: number;
}

/** The state an entry moves its action to, or null for entries that only comment on it. */
function stateOf(entry: AnyActionEntry): FoldedState | null {
  const type: EntryType = entry.type;
  if (type === 'state') return (entry.state ?? null) as TrackedState | null;
  if (type === 'resumed' || type === 'note') return null;
  return type;
}

/**
 * A row and what the fold needs to go on from it: the sequence numbers that
 * decide "first" and "last", and which values came from the entries that
 * take precedence (a request's ticket, a response's request id). Enough to
 * join the rows of two consecutive stretches of one chain (joinFolded).
 */
export interface Tracked {
  row: FoldedAction;
  firstSeq: number;
  lastSeq: number;
  stateSeq: number;
  ticketFromRequest: boolean;
  identityFromRequest: boolean;
  requestIdFromResponse: boolean;
}

type Technician = FoldedAction['technician'];

/**
 * One object for each technician the rows name. A chain's actions are done by a handful of technicians, and
 * every entry carries its technician: without this each of 200,000 rows would keep an object (and three
 * strings) of its own for the collector to copy and for a review thread to send. A technician is reused only
 * when it has the same keys in the same order with the same values, so a row serialises as before.
 */
export function createTechnicianTable(): (technician: Technician) => Technician {
  const known = new Map<string, Array<{ technician: Technician; keys: string[] }>>();
  const sameAs = (one: { technician: Technician; keys: string[] }, other: Technician): boolean => {
    const { technician, keys } = one;
    if (technician.upn !== other.upn || technician.objectId !== other.objectId || technician.displayName !== other.displayName) return false;
    let at = 0;
    for (const key in other) if (key !== keys[at++]) return false;
    return at === keys.length;
  };
  return (technician) => {
    const same = known.get(technician.upn);
    if (same !== undefined) {
      for (const one of same) if (sameAs(one, technician)) return one.technician;
      if (same.length < 8) same.push({ technician, keys: Object.keys(technician) });
    } else if (known.size < 1000) known.set(technician.upn, [{ technician, keys: Object.keys(technician) }]);
    return technician;
  };
}

/**
 * Folds entries one at a time, so the reader can fold files of any size while
 * streaming. "Last" means highest sequence number, not last read, so a
 * reordered file still folds to the true latest state.
 */
export function createFolder(chain = '') {
  const actions = new Map<string, Tracked>();
  const technicianOf = createTechnicianTable();
  // Every entry carries its tenant, nearly always the one before: the row keeps that string, not the entry's copy.
  let tenant = '';
  const tenantOf = (tenantId: string): string => (tenantId === tenant ? tenant : (tenant = tenantId));
  const inOrder = () => [...actions.values()].sort((a, b) => a.firstSeq - b.firstSeq);
  // An action's entries follow each other in a log: the last action added is looked at before the map, which
  // spares hashing a new 36-character string and a lookup in a map of 100,000 actions for most entries.
  let last: Tracked | undefined;
  return {
    add(entry: AnyActionEntry, where: EntryWhere): void {
      let tracked = last !== undefined && last.row.actionId === entry.actionId ? last : actions.get(entry.actionId);
      const requested = entry.type === 'requested' || entry.type === 'refused';
      // The technician is looked up once for a row's first entry, which is mostly its request too.
      let technician: Technician | undefined;
      if (!tracked) {
        technician = technicianOf(entry.technician);
        tracked = {
          firstSeq: entry.seq,
          lastSeq: 0,
          stateSeq: 0,
          ticketFromRequest: false,
          identityFromRequest: false,
          requestIdFromResponse: false,
          row: {
            actionId: entry.actionId,
            action: entry.action ?? legacyRemoteAction,
            tenantId: tenantOf(entry.tenantId),
            device: entry.device,
            technician,
            ticket: null,
            identityVerified: null,
            requestedAt: null,
            lastState: 'requested',
            lastType: entry.type,
            lastUpdate: entry.time,
            graphRequestId: null,
            error: null,
            entryCount: 0,
            firstFile: where.file,
            firstLine: where.line,
            findings: [],
            chain,
          },
        };
        actions.set(entry.actionId, tracked);
      }
      last = tracked;
      const { row } = tracked;
      row.entryCount += 1;
      if (entry.seq < tracked.firstSeq) {
        tracked.firstSeq = entry.seq;
        row.firstFile = where.file;
        row.firstLine = where.line;
      }
      if (requested) {
        // The request is the authoritative record of who asked for what, on which device.
        row.requestedAt = entry.time;
        row.device = entry.device;
        row.technician = technician ?? technicianOf(entry.technician);
        row.tenantId = tenantOf(entry.tenantId);
        row.action = entry.action ?? legacyRemoteAction;
      }
      if (entry.ticket !== undefined && (row.ticket === null || entry.type === 'requested')) {
        row.ticket = entry.ticket;
        tracked.ticketFromRequest ||= entry.type === 'requested';
      }
      if (entry.identityVerified !== undefined && (row.identityVerified === null || entry.type === 'requested')) {
        row.identityVerified = entry.identityVerified;
        tracked.identityFromRequest ||= entry.type === 'requested';
      }
      // The reset call's own request id is on its response entry; later polls carry other ids.
      const isResponse = entry.type === 'accepted' || entry.type === 'failed' || entry.type === 'unknown';
      if (entry.graphRequestId !== undefined && (row.graphRequestId === null || isResponse)) {
        row.graphRequestId = entry.graphRequestId;
        tracked.requestIdFromResponse ||= isResponse;
      }
      if (entry.seq > tracked.lastSeq) {
        tracked.lastSeq = entry.seq;
        row.lastUpdate = entry.time;
        row.lastType = entry.type;
      }
      const state = stateOf(entry);
      if (state !== null && entry.seq > tracked.stateSeq) {
        tracked.stateSeq = entry.seq;
        row.lastState = state;
        row.error = entry.error ?? null;
      }
    },
    flag(actionId: string, kind: FindingKind): void {
      const row = actions.get(actionId)?.row;
      if (row && !row.findings.includes(kind)) row.findings.push(kind);
    },
    rows: (): FoldedAction[] => inOrder().map((t) => t.row),
    /** The rows with their fold state, by first sequence number. */
    tracked: inOrder,
  };
}

/**
 * One action's fold over two consecutive stretches of a chain, `later` read
 * wholly after `earlier` (every entry of it has a higher sequence number):
 * the same row as folding both stretches' entries in one go.
 */
export function joinFolded(earlier: Tracked, later: Tracked): Tracked {
  const [a, b] = [earlier.row, later.row];
  const requested = b.requestedAt !== null; // the later stretch has a request: it names device, technician, tenant
  const row: FoldedAction = {
    ...a,
    ...(requested && { requestedAt: b.requestedAt, device: b.device, technician: b.technician, tenantId: b.tenantId, action: b.action }),
    ticket: later.ticketFromRequest ? b.ticket : (a.ticket ?? b.ticket),
    identityVerified: later.identityFromRequest ? b.identityVerified : (a.identityVerified ?? b.identityVerified),
    graphRequestId: later.requestIdFromResponse ? b.graphRequestId : (a.graphRequestId ?? b.graphRequestId),
    lastUpdate: b.lastUpdate,
    lastType: b.lastType,
    ...(later.stateSeq > 0 && { lastState: b.lastState, error: b.error }),
    entryCount: a.entryCount + b.entryCount,
    findings: [...a.findings, ...b.findings.filter((kind) => !a.findings.includes(kind))],
  };
  return {
    row,
    firstSeq: earlier.firstSeq,
    lastSeq: later.lastSeq,
    stateSeq: later.stateSeq > 0 ? later.stateSeq : earlier.stateSeq,
    ticketFromRequest: earlier.ticketFromRequest || later.ticketFromRequest,
    identityFromRequest: earlier.identityFromRequest || later.identityFromRequest,
    requestIdFromResponse: earlier.requestIdFromResponse || later.requestIdFromResponse,
  };
}

/** The pure fold over entries already in memory. */
export function foldEntries(entries: ReadonlyArray<{ entry: AnyActionEntry; where: EntryWhere }>): FoldedAction[] {
  const folder = createFolder();
  for (const { entry, where } of entries) folder.add(entry, where);
  return folder.rows();
}

/**
 * Whether the requester's identity was checked, or null where it was not
 * recorded or the action needs no check (a sync changes nothing on the device),
 * so a review never reads "not checked" as a lapse where none was asked for.
 */
export function identityCheckOf(row: Pick<FoldedAction, 'action' | 'identityVerified'>): boolean | null {
  return remoteActionTraits[row.action].needsIdentityCheck ? row.identityVerified : null;
}
