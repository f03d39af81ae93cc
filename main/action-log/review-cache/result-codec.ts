import type { FoldedAction, Tracked } from '../../../shared/log/folded-action';
import type { ChainResult } from '../chain-verifier';
import { trackedOf } from '../row-blocks';
import { packColumn, packObjects, unpackColumn, unpackObjects, type Blobs, type Column, type PackedObjects } from './packed-columns';

/**
 * A chain's review as the cache keeps it. Most of it is rows (one per action,
 * a year of a big helpdesk is 200,000), and most of a row repeats: the same
 * devices, technicians, tenant and file over and over. So rows are kept by
 * column (one binary column per field, packed-columns.ts: read back in a few
 * copies, leaving the collector little to do), with devices, technicians and
 * strings that repeat in tables (devices by field too): a small part of the
 * bytes and of the time of plain rows in JSON, which is what makes re-opening
 * fit in a second.
 */
export interface EncodedResult {
  chain: ChainResult['chain'];
  files: ChainResult['files'];
  keys: ChainResult['keys'];
  edges: ChainResult['edges'];
  devices: PackedObjects;
  deviceCount: number;
  technicians: Array<FoldedAction['technician']>;
  strings: string[];
  /** One column per field, FIELDS long; row i is entry i of each. */
  columns: Column[];
  count: number;
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

/** The chain's review as kept, its columns' binary parts added to `blobs`. */
export function encodeResult(result: ChainResult, blobs: Blobs): EncodedResult {
  const devices: Array<FoldedAction['device']> = [];
  const technicians: EncodedResult['technicians'] = [];
  const strings: string[] = [];
  const device = table(devices, (d) => JSON.stringify(d));
  const technician = table(technicians, (t) => JSON.stringify(t));
  const string = table(strings, (s) => s);
  const columns: unknown[][] = Array.from({ length: FIELDS }, () => []);
  let count = 0;
  // Rows a worker sent stay packed until here: each is made as it is written, then dropped.
  for (const { row, firstSeq, lastSeq, stateSeq, ticketFromRequest, identityFromRequest, requestIdFromResponse } of trackedOf(result)) {
    count++;
    const fields = [
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
    ];
    fields.forEach((value, i) => columns[i]!.push(value));
  }
  return {
    chain: result.chain,
    files: result.files,
    keys: result.keys,
    edges: result.edges,
    devices: packObjects(devices, blobs),
    deviceCount: devices.length,
    technicians,
    strings,
    columns: columns.map((column) => packColumn(column, blobs)),
    count,
  };
}

/** The chain's review back; throws when the data is not what encodeResult wrote. */
export function decodeResult(encoded: EncodedResult, blobs: readonly Buffer[]): ChainResult {
  const { technicians, strings, count } = encoded;
  const devices = unpackObjects(encoded.devices, blobs, encoded.deviceCount) as Array<FoldedAction['device']>;
  const chain = encoded.chain.id;
  const pick = <T>(items: readonly T[], at: unknown): T => {
    const item = items[at as number];
    if (item === undefined) throw new Error('a cached row refers to nothing');
    return item;
  };
  if (encoded.columns.length !== FIELDS) throw new Error('the cached rows have the wrong shape');
  const c = encoded.columns.map((column) => unpackColumn(column, blobs, count));
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
