import type { FoldedAction, Tracked } from '../../shared/log/folded-action';

/**
 * The rows a review thread folded, packed to cross to the main thread as one
 * string. Posting the row objects themselves costs more than verifying them:
 * structured clone writes every property name of every row, and the main
 * thread rebuilds each object key by key. Here each row is a flat tuple, and
 * what many rows share (device, technician, tenant, file, the enum values)
 * is sent once in a table and referred to by number; JSON.parse of arrays of
 * numbers and short strings is fast. Unpacking gives rows equal to the ones
 * packed, each with objects of its own.
 */
export interface PackedTracked {
  /** JSON: [the shared values, the rows' fields one after another]. */
  text: string;
  count: number;
}

// The fields of FoldedAction, in the order they are packed; a shared value is sent as its index in the table.
const SHARED = ['action', 'tenantId', 'device', 'technician', 'lastState', 'lastType', 'error', 'firstFile', 'chain'] as const;
const OWN = ['actionId', 'ticket', 'identityVerified', 'requestedAt', 'lastUpdate', 'graphRequestId', 'entryCount', 'firstLine', 'findings'] as const;
// Then firstSeq, lastSeq, stateSeq and the three flags as one number: 22 values a row (unpackTracked reads them by position).
const PER_ROW = SHARED.length + OWN.length + 4;

type Row = Record<string, unknown>;

// The key a shared value is told apart by: strings as themselves, objects by their JSON (their key order included).
const keyOf = (value: unknown): string => (typeof value === 'string' ? `s${value}` : `o${JSON.stringify(value)}`);

export function packTracked(tracked: readonly Tracked[]): PackedTracked {
  const table: unknown[] = [];
  const indexOf = new Map<string, number>();
  const flat: unknown[] = [];
  for (const { row, firstSeq, lastSeq, stateSeq, ticketFromRequest, identityFromRequest, requestIdFromResponse } of tracked) {
    const fields = row as unknown as Row;
    for (const name of SHARED) {
      const value = fields[name];
      const key = keyOf(value);
      let index = indexOf.get(key);
      if (index === undefined) {
        index = table.length;
        table.push(value);
        indexOf.set(key, index);
      }
      flat.push(index);
    }
    for (const name of OWN) flat.push(fields[name]);
    flat.push(firstSeq, lastSeq, stateSeq, Number(ticketFromRequest) | (Number(identityFromRequest) << 1) | (Number(requestIdFromResponse) << 2));
  }
  return { text: JSON.stringify([table, flat]), count: tracked.length };
}

export function unpackTracked(packed: PackedTracked): Tracked[] {
  const [values, flat] = JSON.parse(packed.text) as [unknown[], unknown[]];
  // Objects are copied per row, as each row of a review on one thread has its own.
  const shared = (index: unknown): any => {
    const value = values[index as number];
    return typeof value === 'object' && value !== null ? { ...value } : value;
  };
  const tracked: Tracked[] = [];
  for (let at = 0; at < packed.count * PER_ROW; at += PER_ROW) {
    const f = (offset: number): any => flat[at + offset];
    // Keys in the order the fold writes them, so a row serialises (CSV, IPC) exactly as before.
    const row: FoldedAction = {
      actionId: f(9),
      action: shared(f(0)),
      tenantId: shared(f(1)),
      device: shared(f(2)),
      technician: shared(f(3)),
      ticket: f(10),
      identityVerified: f(11),
      requestedAt: f(12),
      lastState: shared(f(4)),
      lastType: shared(f(5)),
      lastUpdate: f(13),
      graphRequestId: f(14),
      error: shared(f(6)),
      entryCount: f(15),
      firstFile: shared(f(7)),
      firstLine: f(16),
      findings: f(17),
      chain: shared(f(8)),
    };
    const flags = f(21) as number;
    tracked.push({ firstSeq: f(18), lastSeq: f(19), stateSeq: f(20), ticketFromRequest: (flags & 1) !== 0, identityFromRequest: (flags & 2) !== 0, requestIdFromResponse: (flags & 4) !== 0, row });
  }
  return tracked;
}
