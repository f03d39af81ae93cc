import { describe, expect, it } from 'vitest';
import { ACTION, CHAIN, GRAPH_REQUEST_ID, LAST_STATE, PackedPiece, REQUESTED_AT, TICKET, type ColumnsPiece } from '../../../../main/action-log/packed-piece';
import { packTracked } from '../../../../main/action-log/tracked-wire';
import { createFolder, type Tracked } from '../../../../shared/log/folded-action';
import type { ActionEntry } from '../../../../shared/log/log-entry';

// A worker's rows are kept packed on the calling thread: every row made from the piece, and every field read
// from it without a row, must be what the fold made.
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

function folded(): Tracked[] {
  const list: Array<[string, ActionEntry['type'], Partial<ActionEntry>]> = [
    [A, 'requested', { ticket: 'INC-1', identityVerified: true, device: { id: 'dev-1', name: 'IPAD-1', platform: 'iOS', serial: 'S1' } }],
    [B, 'note', { note: 'asked first' }], // no request: requestedAt null, no ticket
    [B, 'failed', { error: { code: 'Forbidden', message: 'no role' }, graphRequestId: 'req-b', device: { serial: 'S2', name: 'Ünïcode "2"', id: 'dev-2' } }],
    [C, 'requested', { ticket: 'INC-3', identityVerified: false, action: 'syncDevice', device: { id: 'dev-3', name: '' } }],
    [A, 'state', { state: 'done' }],
  ];
  const folder = createFolder('chain-1');
  list.forEach(([actionId, type, fields], i) =>
    folder.add(
      { v: 2, seq: i + 2, time: `2026-05-01T10:00:0${i}.000Z`, type, actionId, technician: { upn: `tech${i % 2}@contoso.example`, objectId: 'o' }, tenantId: 't-1', device: { id: 'dev-1', name: 'IPAD-1' }, prev: '0'.repeat(64), ...fields } as ActionEntry,
      { file: i < 2 ? 'a.jsonl' : 'b.jsonl', line: i + 1 },
    ),
  );
  folder.flag(B, 'unsealed');
  folder.flag(B, 'edited');
  return folder.tracked();
}

const pieceOf = (tracked: Tracked[]) => new PackedPiece(packTracked(tracked) as ColumnsPiece);

describe('a piece of rows kept packed', () => {
  it('makes each row, with its fold state, exactly as the fold made it (key order included)', () => {
    const tracked = folded();
    const piece = pieceOf(tracked);
    expect(piece.count).toBe(3);
    tracked.forEach((one, r) => {
      expect(piece.tracked(r)).toEqual(one);
      expect(JSON.stringify(piece.row(r))).toBe(JSON.stringify(one.row));
    });
  });

  it('reads single fields without making the row', () => {
    const tracked = folded();
    const piece = pieceOf(tracked);
    tracked.forEach(({ row }, r) => {
      expect(piece.actionId(r)).toBe(row.actionId);
      expect(piece.string(r, TICKET)).toBe(row.ticket);
      expect(piece.string(r, REQUESTED_AT)).toBe(row.requestedAt);
      expect(piece.string(r, GRAPH_REQUEST_ID)).toBe(row.graphRequestId);
      expect([piece.sharedOf(r, ACTION), piece.sharedOf(r, LAST_STATE), piece.sharedOf(r, CHAIN)]).toEqual([row.action, row.lastState, row.chain]);
      expect(piece.technician(r)).toEqual(row.technician);
      expect(piece.findingCount(r)).toBe(row.findings.length);
      expect([piece.deviceValue(r, 'id'), piece.deviceValue(r, 'name'), piece.deviceValue(r, 'serial')]).toEqual([row.device.id, row.device.name, row.device.serial]);
      expect(piece.firstLine(r)).toBe(row.firstLine);
    });
    expect(piece.deviceValue(2, 'platform')).toBeUndefined(); // C's device has no platform
  });

  it('moves a row\'s first line in place, and the row made after says so', () => {
    const piece = pieceOf(folded());
    piece.setFirstLine(1, 901);
    expect(piece.row(1).firstLine).toBe(901);
    expect(piece.row(0).firstLine).toBe(1);
  });

  it('refuses, when it is kept, a piece whose parts do not add up (never a wrong row later)', () => {
    const packed = packTracked(folded()) as ColumnsPiece;
    expect(() => new PackedPiece({ ...packed, text: packed.text.slice(0, -1) })).toThrow('a review thread sent rows that do not add up');
    const numbers = packed.numbers.slice();
    numbers[0] = 99; // the first row's action: an index to nothing
    expect(() => new PackedPiece({ ...packed, numbers })).toThrow('an index to nothing');
    expect(() => new PackedPiece({ ...packed, count: 4 })).toThrow('a review thread sent rows that do not add up');
  });
});
