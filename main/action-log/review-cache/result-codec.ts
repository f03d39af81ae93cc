import type { FoldedAction, Tracked } from '../../../shared/log/folded-action';
import type { ChainResult } from '../chain-verifier';

/**
 * A chain's review as the cache keeps it. Most of it is rows (one per action,
 * a year of a big helpdesk is 200,000), and most of a row repeats: the same
 * devices, technicians, tenant and file over and over. So rows are kept as
 * arrays of fields, with devices, technicians and strings that repeat in
 * tables: a quarter of the bytes of the plain rows, and read back in a
 * quarter of the time, which is what makes re-opening fit in a second.
 */
export interface EncodedResult {
  chain: ChainResult['chain'];
  files: ChainResult['files'];
  keys: ChainResult['keys'];
  edges: ChainResult['edges'];
  devices: Array<FoldedAction['device']>;
  technicians: Array<FoldedAction['technician']>;
  strings: string[];
  rows: unknown[][];
}

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
  const rows = result.tracked.map(({ row, firstSeq, lastSeq, stateSeq, ticketFromRequest, identityFromRequest, requestIdFromResponse }) => [
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
  ]);
  return { chain: result.chain, files: result.files, keys: result.keys, edges: result.edges, devices, technicians, strings, rows };
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
  const tracked: Tracked[] = encoded.rows.map((a) => {
    if (a.length !== 21) throw new Error('a cached row has the wrong shape');
    const flags = a[20] as number;
    return {
      row: {
        actionId: a[0] as string,
        action: pick(strings, a[1]) as FoldedAction['action'],
        tenantId: pick(strings, a[2]),
        device: pick(devices, a[3]),
        technician: pick(technicians, a[4]),
        ticket: a[5] as string | null,
        identityVerified: a[6] as boolean | null,
        requestedAt: a[7] as string | null,
        lastState: pick(strings, a[8]) as FoldedAction['lastState'],
        lastType: pick(strings, a[9]) as FoldedAction['lastType'],
        lastUpdate: a[10] as string,
        graphRequestId: a[11] as string | null,
        error: a[12] as FoldedAction['error'],
        entryCount: a[13] as number,
        firstFile: pick(strings, a[14]),
        firstLine: a[15] as number,
        findings: a[16] as FoldedAction['findings'],
        chain,
      },
      firstSeq: a[17] as number,
      lastSeq: a[18] as number,
      stateSeq: a[19] as number,
      ticketFromRequest: (flags & FROM_REQUEST) !== 0,
      identityFromRequest: (flags & IDENTITY_FROM_REQUEST) !== 0,
      requestIdFromResponse: (flags & ID_FROM_RESPONSE) !== 0,
    };
  });
  return { chain: encoded.chain, files: encoded.files, keys: encoded.keys, edges: encoded.edges, tracked };
}
