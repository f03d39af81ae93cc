import type { FoldedAction, Tracked } from '../../../shared/log/folded-action';
import type { ChainResult } from '../chain-verifier';

/**
 * A chain's review as the cache keeps it. Most of it is rows (one per action,
 * a year of a big helpdesk is 200,000), and most of a row repeats: the same
 * devices, technicians, tenant and file over and over. So rows are kept by
 * column (one array per field: few, long arrays parse fastest and leave the
 * collector little to do), with devices, technicians and strings that repeat
 * in tables: a quarter of the bytes of the plain rows, read back in a small
 * part of the time, which is what makes re-opening fit in a second.
 */
export interface EncodedResult {
  chain: ChainResult['chain'];
  files: ChainResult['files'];
  keys: ChainResult['keys'];
  edges: ChainResult['edges'];
  devices: Array<FoldedAction['device']>;
  technicians: Array<FoldedAction['technician']>;
  strings: string[];
  /** One array per field, FIELDS long; row i is entry i of each. */
  columns: unknown[][];
}

const FIELDS = 21;

function table<T>(items: T[], keyOf: (item: T) => string) {
  const index = new Map<string, number>();
  return (item: T): number => {
    const key = keyOf(item);
    let at = index.get(key);
    if (at === undefined) {
      at = items.length;
      items.push(item);
      index.set(key, at);
    }
    return at;
  };
}

const FROM_REQUEST = 1;
const IDENTITY_FROM_REQUEST = 2;
const ID_FROM_RESPONSE = 4;

export function encodeResult(result: ChainResult): EncodedResult {
  const devices: EncodedResult['devices'] = [];
  const technicians: EncodedResult['technicians'] = [];
  const strings: string[] = [];
  const device = table(devices, (d) => JSON.stringify(d));
  const technician = table(technicians, (t) => JSON.stringify(t));
  const string = table(strings, (s) => s);
  const columns: unknown[][] = Array.from({ length: FIELDS }, () => []);
  for (const fields of result.tracked.map(({ row, firstSeq, lastSeq, stateSeq, ticketFromRequest, identityFromRequest, requestIdFromResponse }) => [
    row.actionId,
    string(row.action),
    string(row.tenantId),
    device(row.device),
    technician(row.technician),
    row.ticket,
    row.identityVerified,
    row.requestedAt,
    string(row.lastState),
    string(row.lastType),
    row.lastUpdate,
    row.graphRequestId,
    row.error,
    row.entryCount,
    string(row.firstFile),
    row.firstLine,
    row.findings,
    firstSeq,
    lastSeq,
    stateSeq,
    (ticketFromRequest ? FROM_REQUEST : 0) | (identityFromRequest ? IDENTITY_FROM_REQUEST : 0) | (requestIdFromResponse ? ID_FROM_RESPONSE : 0),
  ])) {
    fields.forEach((value, i) => columns[i]!.push(value));
  }
  return { chain: result.chain, files: result.files, keys: result.keys, edges: result.edges, devices, technicians, strings, columns };
}

/** The chain's review back; throws when the data is not what encodeResult wrote. */
export function decodeResult(encoded: EncodedResult): ChainResult {
  const { devices, technicians, strings } = encoded;
  const chain = encoded.chain.id;
  const pick = <T>(items: readonly T[], at: unknown): T => {
    const item = items[at as number];
    if (item === undefined) throw new Error('a cached row refers to nothing');
    return item;
  };
  const c = encoded.columns;
  const count = c[0]?.length ?? 0;
  if (c.length !== FIELDS || c.some((column) => column.length !== count)) throw new Error('the cached rows have the wrong shape');
  const tracked: Tracked[] = new Array<Tracked>(count);
  for (let i = 0; i < count; i++) {
    const flags = c[20]![i] as number;
    tracked[i] = {
      row: {
        actionId: c[0]![i] as string,
        action: pick(strings, c[1]![i]) as FoldedAction['action'],
        tenantId: pick(strings, c[2]![i]),
        device: pick(devices, c[3]![i]),
        technician: pick(technicians, c[4]![i]),
        ticket: c[5]![i] as string | null,
        identityVerified: c[6]![i] as boolean | null,
        requestedAt: c[7]![i] as string | null,
        lastState: pick(strings, c[8]![i]) as FoldedAction['lastState'],
        lastType: pick(strings, c[9]![i]) as FoldedAction['lastType'],
        lastUpdate: c[10]![i] as string,
        graphRequestId: c[11]![i] as string | null,
        error: c[12]![i] as FoldedAction['error'],
        entryCount: c[13]![i] as number,
        firstFile: pick(strings, c[14]![i]),
        firstLine: c[15]![i] as number,
        findings: c[16]![i] as FoldedAction['findings'],
        chain,
      },
      firstSeq: c[17]![i] as number,
      lastSeq: c[18]![i] as number,
      stateSeq: c[19]![i] as number,
      ticketFromRequest: (flags & FROM_REQUEST) !== 0,
      identityFromRequest: (flags & IDENTITY_FROM_REQUEST) !== 0,
      requestIdFromResponse: (flags & ID_FROM_RESPONSE) !== 0,
    };
  }
  return { chain: encoded.chain, files: encoded.files, keys: encoded.keys, edges: encoded.edges, tracked };
}
