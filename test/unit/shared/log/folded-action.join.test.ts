import { describe, expect, it } from 'vitest';
import { createFolder, joinFolded, type Tracked } from '../../../../shared/log/folded-action';
import type { ActionEntry } from '../../../../shared/log/log-entry';

// Folding a chain in two stretches and joining the rows must give what one fold gives, wherever the cut falls.
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function entries(): ActionEntry[] {
  const list: Array<[string, ActionEntry['type'], Partial<ActionEntry>]> = [
    [A, 'state', { state: 'pending', graphRequestId: 'poll-0', ticket: 'EARLY-TICKET' }], // a state before the request (reordered logs happen)
    [A, 'requested', { ticket: 'INC-1', identityVerified: true, device: { id: 'dev-a2', name: 'IPAD-A2' } }],
    [B, 'note', { note: 'asked first', ticket: 'B-NOTE' }],
    [A, 'accepted', { graphRequestId: 'req-a' }],
    [B, 'requested', { ticket: 'INC-2', identityVerified: false }],
    [A, 'state', { state: 'active', graphRequestId: 'poll-1' }],
    [B, 'unknown', { graphRequestId: 'req-b' }],
    [A, 'requested', { ticket: 'INC-1-AGAIN', identityVerified: false, device: { id: 'dev-a3', name: 'IPAD-A3' } }],
    [B, 'failed', { error: { code: 'Forbidden', message: 'no role' }, graphRequestId: 'req-b2' }],
    [A, 'note', { note: 'user called back', identityVerified: true }],
    [A, 'state', { state: 'done' }],
    [B, 'resumed', {}],
  ];
  return list.map(([actionId, type, fields], i) => ({
    v: 2,
    seq: i + 2,
    time: `2026-05-01T10:00:${String(i).padStart(2, '0')}.000Z`,
    type,
    actionId,
    technician: { upn: `${type}@contoso.example`, objectId: 'o' },
    tenantId: `t-${i}`,
    device: { id: `dev-${actionId[0]}`, name: `NAME-${actionId[0]}` },
    prev: '0'.repeat(64),
    ...fields,
  }));
}

function fold(list: readonly ActionEntry[], firstLine: number): Tracked[] {
  const folder = createFolder('chain');
  list.forEach((entry, i) => folder.add(entry, { file: 'f.jsonl', line: firstLine + i }));
  return folder.tracked();
}

describe('joining the folds of two stretches of a chain', () => {
  const all = entries();
  const whole = fold(all, 0).map((t) => t.row);

  it.each(Array.from({ length: all.length - 1 }, (_, i) => i + 1))('gives the rows of one fold when cut before entry %i', (cut) => {
    const rows = new Map<string, Tracked>();
    for (const t of fold(all.slice(0, cut), 0)) rows.set(t.row.actionId, t);
    for (const t of fold(all.slice(cut), cut)) {
      const earlier = rows.get(t.row.actionId);
      rows.set(t.row.actionId, earlier ? joinFolded(earlier, t) : t);
    }
    expect([...rows.values()].map((t) => t.row)).toEqual(whole);
  });

  it('joins three stretches in order as well', () => {
    const parts = [fold(all.slice(0, 3), 0), fold(all.slice(3, 8), 3), fold(all.slice(8), 8)];
    const rows = new Map<string, Tracked>();
    for (const part of parts) for (const t of part) rows.set(t.row.actionId, rows.has(t.row.actionId) ? joinFolded(rows.get(t.row.actionId)!, t) : t);
    expect([...rows.values()].map((t) => t.row)).toEqual(whole);
  });
});
