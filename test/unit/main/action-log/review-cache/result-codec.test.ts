import { describe, expect, it } from 'vitest';
import type { ChainResult } from '../../../../../main/action-log/chain-verifier';
import { PackedPiece, type ColumnsPiece } from '../../../../../main/action-log/packed-piece';
import { packTracked } from '../../../../../main/action-log/tracked-wire';
import { Blobs, unpackObjects } from '../../../../../main/action-log/review-cache/packed-columns';
import { decodeResult, encodeResult } from '../../../../../main/action-log/review-cache/result-codec';
import type { FoldedAction, Tracked } from '../../../../../shared/log/folded-action';
import type { ChainReview } from '../../../../../shared/log/review-result';

const ipad: FoldedAction['device'] = { id: 'dev-1', name: 'Front desk iPad', platform: 'ipados', osVersion: '18.1', mode: 'shared_ipad', serial: 'DMPX1' };
const kiosk: FoldedAction['device'] = { id: 'dev-2', name: 'Kiosk', platform: 'android', osVersion: '14', mode: 'android_enterprise_dedicated' };
const ana = { upn: 'ana@contoso.example', objectId: 'oid-ana', displayName: 'Ana' };

const tracked = (actionId: string, device: FoldedAction['device'], fields: Partial<FoldedAction> = {}, flags: Partial<Tracked> = {}): Tracked => ({
  row: {
    actionId,
    action: 'resetPasscode',
    tenantId: 'tenant-1',
    device,
    technician: ana,
    ticket: 'INC-1',
    identityVerified: true,
    requestedAt: '2026-11-02T08:00:00.000Z',
    lastState: 'done',
    lastType: 'state',
    lastUpdate: '2026-11-02T08:01:00.000Z',
    graphRequestId: 'req-1',
    error: null,
    entryCount: 3,
    firstFile: '/logs/actions-2026-11.jsonl',
    firstLine: 2,
    findings: [],
    chain: 'install-1',
    ...fields,
  },
  firstSeq: 1,
  lastSeq: 3,
  stateSeq: 3,
  ticketFromRequest: true,
  identityFromRequest: false,
  requestIdFromResponse: true,
  ...flags,
});

const result: ChainResult = {
  chain: { id: 'install-1' } as ChainReview,
  files: [],
  keys: [],
  edges: { first: { seq: 1, prev: '0'.repeat(64), legacy: false }, last: { seq: 9, hash: 'h', rawHash: 'r' } },
  tracked: [
    tracked('a1', ipad),
    tracked('a2', kiosk, { action: 'syncDevice', lastState: 'failed', lastType: 'failed', error: { code: 'graph_error', message: 'Bad gateway' }, findings: ['edited'] as FoldedAction['findings'], ticket: null, identityVerified: null, requestedAt: null }, { ticketFromRequest: false, identityFromRequest: true, requestIdFromResponse: false }),
    tracked('a3', ipad, { firstLine: 40 }),
  ],
};

const encode = (chain: ChainResult) => {
  const blobs = new Blobs();
  return { encoded: encodeResult(chain, blobs), blobs: blobs.parts };
};

describe('the review cache keeps a chain in tables', () => {
  it('reads back exactly the review it wrote, every field and flag of every row, keys in order', () => {
    const { encoded, blobs } = encode(result);
    const back = decodeResult(encoded, blobs);
    expect(back).toEqual(result);
    // Byte for byte the same JSON: no key lost, added or moved, nothing turned into null (IPC and CSV see these rows).
    expect(JSON.stringify(back)).toBe(JSON.stringify(result));
  });

  it('writes the rows a worker sent packed as it writes row objects, a joined row in its place and a left-out row not at all', () => {
    const sent = [tracked('b1', kiosk), tracked('b2', ipad, { ticket: null }), tracked('b3', kiosk, { lastState: 'pending' })];
    const joined = tracked('b3', kiosk, { lastState: 'done', entryCount: 7 });
    const skip = new Uint8Array(3);
    skip[1] = 1;
    const piece = { piece: new PackedPiece(packTracked(sent) as ColumnsPiece), skip, joined: new Map([[2, joined]]) };
    const { encoded, blobs } = encode({ ...result, more: [piece] });
    expect(decodeResult(encoded, blobs)).toEqual({ ...result, tracked: [...result.tracked, sent[0], joined] });
  });

  it('writes a device, a technician or a repeated string once, however many rows name it', () => {
    const { encoded, blobs } = encode(result);
    expect(unpackObjects(encoded.devices, blobs, encoded.deviceCount)).toEqual([ipad, kiosk]);
    expect(encoded.technicians).toEqual([ana]);
    expect(encoded.strings.filter((s) => s === '/logs/actions-2026-11.jsonl')).toHaveLength(1);
  });

  it('survives JSON for its header and copies of its binary parts, the form the cache is stored in', () => {
    const { encoded, blobs } = encode(result);
    expect(decodeResult(JSON.parse(JSON.stringify(encoded)), blobs.map((blob) => Buffer.from(blob)))).toEqual(result);
  });

  it('refuses data it did not write rather than invent a row', () => {
    const { encoded, blobs } = encode(result);
    expect(() => decodeResult({ ...encoded, columns: encoded.columns.slice(0, 20) }, blobs)).toThrow('wrong shape');
    expect(() => decodeResult({ ...encoded, count: 2 }, blobs)).toThrow('wrong shape');
    expect(() => decodeResult(encoded, blobs.slice(0, 3))).toThrow('missing part');
    const dangling = encoded.columns.map((column, i) => (i === 3 ? { kind: 'json' as const, values: [99, 0, 0] } : column)); // a device that is not in the table
    expect(() => decodeResult({ ...encoded, columns: dangling }, blobs)).toThrow('refers to nothing');
  });
});
