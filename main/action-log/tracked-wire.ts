import type { FoldedAction, Tracked } from '../../shared/log/folded-action';

/**
 * The rows a review thread folded, packed to cross to the main thread as one
 * string. Posting the row objects themselves costs more than verifying them:
 * structured clone writes every property name of every row, and the main
 * thread rebuilds each object key by key. Here each row is a flat tuple, and
 * the strings many rows share are sent once in a table and referred to by
 * number; JSON.parse of arrays is fast. Unpacking gives rows equal to the
 * ones packed, each with objects of its own.
 */
export interface PackedTracked {
  /** JSON: [the shared values, the technicians, the rows' fields one after another]. */
  text: string;
  count: number;
}

// The fields of FoldedAction, in the order they are packed. Strings many rows share (the enum values, tenant,
// file, chain) go once into a table and are sent as their index: a string key costs one lookup. The objects
// (device, error) go as they are: each row's are its own anyway, and keying them by content costs more than
// sending them. Technicians are shared by the fold (createTechnicianTable): each object goes once, and the
// unpacked rows share it as the folded ones did.
const SHARED = ['action', 'tenantId', 'lastState', 'lastType', 'firstFile', 'chain'] as const;
const OWN = ['actionId', 'device', 'technician', 'ticket', 'identityVerified', 'requestedAt', 'lastUpdate', 'graphRequestId', 'error', 'entryCount', 'firstLine', 'findings'] as const;
// Then firstSeq, lastSeq, stateSeq and the three flags as one number: 22 values a row (unpackTracked reads them by position).
const PER_ROW = SHARED.length + OWN.length + 4;

type Row = Record<string, unknown>;

export function packTracked(tracked: readonly Tracked[]): PackedTracked {
  const table: string[] = [];
  const indexOf = new Map<string, number>();
  const technicians: Array<FoldedAction['technician']> = [];
  const technicianAt = new Map<FoldedAction['technician'], number>();
  const flat: unknown[] = [];
  for (const { row, firstSeq, lastSeq, stateSeq, ticketFromRequest, identityFromRequest, requestIdFromResponse } of tracked) {
    const fields = row as unknown as Row;
    for (const name of SHARED) {
      const value = fields[name] as string;
      let index = indexOf.get(value);
      if (index === undefined) {
        index = table.length;
        table.push(value);
        indexOf.set(value, index);
      }
      flat.push(index);
    }
    for (const name of OWN) {
      if (name !== 'technician') {
        flat.push(fields[name]);
        continue;
      }
      let at = technicianAt.get(row.technician);
      if (at === undefined) {
        at = technicians.length;
        technicians.push(row.technician);
        technicianAt.set(row.technician, at);
      }
      flat.push(at);
    }
    flat.push(firstSeq, lastSeq, stateSeq, Number(ticketFromRequest) | (Number(identityFromRequest) << 1) | (Number(requestIdFromResponse) << 2));
  }
  return { text: JSON.stringify([table, technicians, flat]), count: tracked.length };
}

export function unpackTracked(packed: PackedTracked): Tracked[] {
  const [values, technicians, flat] = JSON.parse(packed.text) as [string[], Array<FoldedAction['technician']>, unknown[]];
  const tracked: Tracked[] = [];
  for (let at = 0; at < packed.count * PER_ROW; at += PER_ROW) {
    const f = (offset: number): any => flat[at + offset];
    const shared = (offset: number): any => values[flat[at + offset] as number];
    // Keys in the order the fold writes them, so a row serialises (CSV, IPC) exactly as before.
    const row: FoldedAction = {
      actionId: f(6),
      action: shared(0),
      tenantId: shared(1),
      device: f(7),
      technician: technicians[f(8) as number]!,
      ticket: f(9),
      identityVerified: f(10),
      requestedAt: f(11),
      lastState: shared(2),
      lastType: shared(3),
      lastUpdate: f(12),
      graphRequestId: f(13),
      error: f(14),
      entryCount: f(15),
      firstFile: shared(4),
      firstLine: f(16),
      findings: f(17),
      chain: shared(5),
    };
    const flags = f(21) as number;
    tracked.push({ firstSeq: f(18), lastSeq: f(19), stateSeq: f(20), ticketFromRequest: (flags & 1) !== 0, identityFromRequest: (flags & 2) !== 0, requestIdFromResponse: (flags & 4) !== 0, row });
  }
  return tracked;
}
