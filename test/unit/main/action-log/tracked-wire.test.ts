import { describe, expect, it } from 'vitest';
import { packTracked, unpackTracked } from '../../../../main/action-log/tracked-wire';
import { createFolder, foldedActionSchema, type Tracked } from '../../../../shared/log/folded-action';
import type { ActionEntry } from '../../../../shared/log/log-entry';

// Rows a review thread folded cross to the main thread packed: they must arrive exactly as folded.
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const device = { id: 'dev-1', name: 'IPAD-1', platform: 'iOS', serial: 'S1' };

function folded(): Tracked[] {
  const list: Array<[string, ActionEntry['type'], Partial<ActionEntry>]> = [
    [A, 'requested', { ticket: 'INC-1', identityVerified: true, device: { ...device } }],
    [B, 'note', { note: 'asked first', ticket: 'B-NOTE' }], // no request: null requestedAt, ticket not from a request
    [A, 'accepted', { graphRequestId: 'req-a', device: { ...device } }],
    [B, 'failed', { error: { code: 'Forbidden', message: 'no role' }, graphRequestId: 'req-b', device: { serial: 'S1', name: 'IPAD-1', id: 'dev-1' } }], // same fields, other order
    [C, 'requested', { ticket: 'INC-3', identityVerified: false, action: 'syncDevice', device: { id: 'dev-2', name: 'PHONE "2"\n\u2028' } }],
    [A, 'state', { state: 'done' }],
  ];
  const folder = createFolder('chain-1');
  list.forEach(([actionId, type, fields], i) =>
    folder.add(
      { v: 2, seq: i + 2, time: `2026-05-01T10:00:0${i}.000Z`, type, actionId, technician: { upn: 'tech@contoso.example', objectId: 'o' }, tenantId: 't-1', device: { ...device }, prev: '0'.repeat(64), ...fields } as ActionEntry,
      { file: i < 3 ? 'a.jsonl' : 'b.jsonl', line: i + 1 },
    ),
  );
  folder.flag(B, 'unsealed');
  return folder.tracked();
}

describe('rows packed to cross threads', () => {
  it('unpack to the rows folded, fold state and key order included', () => {
    const tracked = folded();
    const back = unpackTracked(packTracked(tracked));
    expect(back).toEqual(tracked);
    // Same keys in the same order, nothing turned into null or lost: the JSON (IPC, CSV) is byte for byte the same.
    expect(JSON.stringify(back)).toBe(JSON.stringify(tracked));
    expect(back.map((t) => Object.keys(t.row))).toEqual(back.map(() => Object.keys(foldedActionSchema.shape)));
  });

  it('carry every flag of the fold state as it was', () => {
    const tracked = folded();
    const flags = (list: Tracked[]) => list.map((t) => [t.ticketFromRequest, t.identityFromRequest, t.requestIdFromResponse, t.firstSeq, t.lastSeq, t.stateSeq]);
    expect(flags(unpackTracked(packTracked(tracked)))).toEqual(flags(tracked));
    expect(flags(tracked)).toContainEqual([false, false, true, 3, 5, 5]); // B: no request, its response's request id
  });

  it('give each row objects of its own, as a fold on one thread does', () => {
    const back = unpackTracked(packTracked(folded()));
    const [a, b] = [back.find((t) => t.row.actionId === A)!.row, back.find((t) => t.row.actionId === B)!.row];
    expect(a.device).toEqual(b.device);
    expect(a.device).not.toBe(b.device);
    a.device.name = 'changed';
    expect(b.device.name).toBe('IPAD-1');
  });

  it('send the strings many rows share once', () => {
    const many: Tracked[] = Array.from({ length: 200 }, (_, i) => ({ ...folded()[0]!, row: { ...folded()[0]!.row, actionId: `id-${i}`, firstFile: '/logs/PC-1/actions-2026-05.jsonl' } }));
    const text = packTracked(many).text;
    expect(text.split('/logs/PC-1/actions-2026-05.jsonl')).toHaveLength(2); // the file once
    expect(text.split('"chain-1"')).toHaveLength(2); // the chain once
    expect(text.split('"resetPasscode"')).toHaveLength(2); // the action once
    expect(unpackTracked(packTracked(many))).toEqual(many);
  });

  it('send each technician object once, and the rows that shared it share it again', () => {
    const tracked = folded();
    const shared = tracked[0]!.row.technician;
    expect(tracked.every((t) => t.row.technician === shared)).toBe(true); // the fold shares equal technicians
    const other = { upn: 'night@contoso.example', objectId: 'o-n' };
    const mixed = [...tracked, { ...tracked[0]!, row: { ...tracked[0]!.row, actionId: 'id-night', technician: other } }];
    const packed = packTracked(mixed);
    expect(packed.text.split('"tech@contoso.example"')).toHaveLength(2);
    const back = unpackTracked(packed);
    expect(back).toEqual(mixed);
    expect(JSON.stringify(back)).toBe(JSON.stringify(mixed));
    expect(back.slice(0, tracked.length).every((t) => t.row.technician === back[0]!.row.technician)).toBe(true);
    expect(back.at(-1)!.row.technician).toEqual(other);
  });
});
