import { describe, expect, it } from 'vitest';
import { PackedPiece, type ColumnsPiece } from '../../../../main/action-log/packed-piece';
import { PackedReviewRows, reviewRowsOf, appendRows } from '../../../../main/action-log/review-rows';
import { packTracked } from '../../../../main/action-log/tracked-wire';
import type { Tracked } from '../../../../shared/log/folded-action';
import { fieldOfRow, type RowField } from '../../../../shared/log/review-rows';
import { plainStretch, row } from './support/stretch-fixtures';

// A review's rows: runs of objects and workers' pieces kept packed, some of their rows joined or left out.
// Whatever the form, the rows read (by index, in order, field by field) must be the rows themselves.
const fields: RowField[] = ['when', 'chain', 'findingCount', 'lastState', 'action', 'technician', 'deviceName', 'deviceId', 'ticket'];
const pieceOf = (tracked: Tracked[]) => new PackedPiece(packTracked(tracked) as ColumnsPiece);

function mixed() {
  const own = [row('A', 1, { ticket: 'INC-A', requestedAt: '2026-01-01T09:00:00.000Z' }), row('B', 2, { findings: ['edited'] })];
  const sent = [row('C', 3, { device: { id: 'dev-9', name: 'PHONE-9', serial: 'S9' } }), row('D', 4), row('E', 5, { lastState: 'done', action: 'syncDevice' }), row('F', 6)];
  const joinedD = row('D', 4, { lastState: 'failed', entryCount: 5, error: { code: 'Forbidden', message: 'no' } });
  const skip = new Uint8Array(4);
  skip[2] = 1; // E's row is in an earlier stretch: left out here
  const result = { ...plainStretch(1, 6, own), more: [{ piece: pieceOf(sent), skip, joined: new Map([[1, joinedD]]) }, [row('G', 7)]] };
  const expected = [own[0]!.row, own[1]!.row, sent[0]!.row, joinedD.row, sent[3]!.row, row('G', 7).row];
  return { result, expected };
}

describe('a review\'s rows, partly packed', () => {
  it('gives every row in order, by index and by iteration, a joined row in its place and a left-out row not at all', () => {
    const { result, expected } = mixed();
    const rows = new PackedReviewRows();
    appendRows(rows, result);
    expect(rows.length).toBe(6);
    expect(rows.all()).toEqual(expected);
    expect(expected.map((_, i) => rows.at(i))).toEqual(expected);
    expect([rows.at(-1), rows.at(6), rows.at(1.5)]).toEqual([undefined, undefined, undefined]);
  });

  it('reads each field as the row object holds it, without making the row', () => {
    const { result, expected } = mixed();
    const rows = new PackedReviewRows();
    appendRows(rows, result);
    for (const [i, one] of expected.entries()) for (const key of fields) expect(rows.field(i, key)).toEqual(fieldOfRow(one, key));
  });

  it('keeps rows pushed after a chain\'s pieces after them, and indexes them afresh', () => {
    const { result, expected } = mixed();
    const rows = new PackedReviewRows();
    appendRows(rows, result);
    expect(rows.at(5)!.actionId).toBe('G'); // the index is made here
    const central = row('H', 8).row;
    rows.push(central);
    expect(rows.length).toBe(7);
    expect(rows.at(6)).toEqual(central);
    expect(rows.all()).toEqual([...expected, central]);
  });

  it('compares equal to the same rows held as objects (a test\'s deep equality reads rows, not their form)', () => {
    const { result, expected } = mixed();
    const rows = new PackedReviewRows();
    appendRows(rows, result);
    expect(rows).toEqual(reviewRowsOf(expected));
    expect(rows).not.toEqual(reviewRowsOf(expected.slice(1)));
  });
});
