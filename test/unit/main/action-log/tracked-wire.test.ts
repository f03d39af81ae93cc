import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { packTracked, transferablesOf, unpackTracked, type PackedTracked } from '../../../../main/action-log/tracked-wire';
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

/** The rows as a worker's message brings them: through a real port, the number buffers moved. */
function crossed(packed: PackedTracked): PackedTracked {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(packed, transferablesOf(packed));
  const message = receiveMessageOnPort(port2)!.message as PackedTracked;
  port1.close();
  return message;
}

const roundTrip = (tracked: Tracked[]) => unpackTracked(crossed(packTracked(tracked)));

/** The same row with other values: for strings the columns must carry exactly. */
function withRow(base: Tracked, row: Partial<Tracked['row']>): Tracked {
  return { ...base, row: { ...base.row, ...row } };
}

describe('rows packed to cross threads', () => {
  it('unpack to the rows folded, fold state and key order included, sent by column', () => {
    const tracked = folded();
    const packed = packTracked(tracked);
    expect(packed.kind).toBe('columns');
    const back = roundTrip(tracked);
    expect(back).toEqual(tracked);
    // Same keys in the same order, nothing turned into null or lost: the JSON (IPC, CSV) is byte for byte the same.
    expect(JSON.stringify(back)).toBe(JSON.stringify(tracked));
    expect(back.map((t) => Object.keys(t.row))).toEqual(back.map(() => Object.keys(foldedActionSchema.shape)));
    expect(back.find((t) => t.row.actionId === B)!.row.findings).toEqual(['unsealed']);
    expect(back.find((t) => t.row.actionId === B)!.row.error).toEqual({ code: 'Forbidden', message: 'no role' });
  });

  it('move the number columns instead of copying them', () => {
    const packed = packTracked(folded());
    const buffers = transferablesOf(packed);
    expect(buffers).toHaveLength(2);
    crossed(packed);
    expect(buffers.every((buffer) => buffer.byteLength === 0)).toBe(true); // detached here: they went, not a copy
  });

  it('carry every flag of the fold state as it was', () => {
    const tracked = folded();
    const flags = (list: Tracked[]) => list.map((t) => [t.ticketFromRequest, t.identityFromRequest, t.requestIdFromResponse, t.firstSeq, t.lastSeq, t.stateSeq]);
    expect(flags(roundTrip(tracked))).toEqual(flags(tracked));
    expect(flags(tracked)).toContainEqual([false, false, true, 3, 5, 5]); // B: no request, its response's request id
  });

  it('carry unicode, empty, very long and null values exactly', () => {
    const [base] = folded();
    const long = 'x'.repeat(70_000) + '\u00e9';
    const rows = [
      withRow(base!, { ticket: '', graphRequestId: null, requestedAt: null, device: { id: '', name: 'Zoë’s iPhone 😀', serial: '\ud83d' } }), // a lone surrogate: never encoded, so it crosses as is
      withRow(base!, { actionId: 'ß-\u2028-\u0000', ticket: null, identityVerified: null, device: { id: long, name: '名前' }, error: { code: '', message: long } }),
      withRow(base!, { ticket: long, lastUpdate: '', findings: ['edited', 'unsealed'], firstLine: 2 ** 40, entryCount: 0 }),
    ];
    const back = roundTrip(rows);
    expect(back).toEqual(rows);
    expect(JSON.stringify(back)).toBe(JSON.stringify(rows));
    expect(back[0]!.row.device.serial).toBe('\ud83d');
  });

  it('give each row objects of its own, as a fold on one thread does', () => {
    const back = roundTrip(folded());
    const [a, b] = [back.find((t) => t.row.actionId === A)!.row, back.find((t) => t.row.actionId === B)!.row];
    expect(a.device).toEqual(b.device);
    expect(a.device).not.toBe(b.device);
    a.device.name = 'changed';
    expect(b.device.name).toBe('IPAD-1');
    expect(a.findings).not.toBe(b.findings);
  });

  it('send the strings many rows share once, and each row its own strings', () => {
    const many: Tracked[] = Array.from({ length: 200 }, (_, i) => withRow(folded()[0]!, { actionId: `id-${i}`, firstFile: '/logs/PC-1/actions-2026-05.jsonl' }));
    const packed = packTracked(many);
    if (packed.kind !== 'columns') throw new Error('not sent by column');
    expect(packed.shared.filter((s) => s === '/logs/PC-1/actions-2026-05.jsonl')).toHaveLength(1); // the file once
    expect(packed.shared.filter((s) => s === 'chain-1')).toHaveLength(1);
    expect(packed.shared.filter((s) => s === 'resetPasscode')).toHaveLength(1);
    expect(packed.text).not.toContain('/logs/PC-1');
    expect(packed.text).toContain('id-199');
    expect(unpackTracked(packed)).toEqual(many);
  });

  it('send each technician object once, and the rows that shared it share it again', () => {
    const tracked = folded();
    const shared = tracked[0]!.row.technician;
    expect(tracked.every((t) => t.row.technician === shared)).toBe(true); // the fold shares equal technicians
    const other = { upn: 'night@contoso.example', objectId: 'o-n' };
    const mixed = [...tracked, withRow(tracked[0]!, { actionId: 'id-night', technician: other })];
    const packed = packTracked(mixed);
    if (packed.kind !== 'columns') throw new Error('not sent by column');
    expect(packed.technicians).toEqual([shared, other]);
    const back = roundTrip(mixed);
    expect(back).toEqual(mixed);
    expect(JSON.stringify(back)).toBe(JSON.stringify(mixed));
    expect(back.slice(0, tracked.length).every((t) => t.row.technician === back[0]!.row.technician)).toBe(true);
    expect(back.at(-1)!.row.technician).toEqual(other);
  });

  it('keep the key order of each device and error, and leave out keys JSON would leave out', () => {
    const [base] = folded();
    const rows = [
      withRow(base!, { device: { serial: 'S', id: 'd', name: 'n' } }),
      withRow(base!, { device: { id: 'd', name: 'n', platform: undefined, serial: 'S' }, error: { message: 'm', code: 'c' } as never }),
      withRow(base!, { device: { id: 'd', name: 'n', platform: 'iOS', serial: 'S' }, error: { code: 'c', message: 'm' } }), // the shape before, one key more
      withRow(base!, { device: { id: 'd', name: 'n' }, error: { code: 'c', message: 'm' } }), // a shorter one
      withRow(base!, { device: { serial: 'S', id: 'd', name: 'n' } }), // the first shape again
      withRow(base!, { device: {} as never }),
    ];
    const back = roundTrip(rows);
    expect(back.map((t) => Object.keys(t.row.device))).toEqual([['serial', 'id', 'name'], ['id', 'name', 'serial'], ['id', 'name', 'platform', 'serial'], ['id', 'name'], ['serial', 'id', 'name'], []]);
    expect(Object.keys(back[1]!.row.error!)).toEqual(['message', 'code']);
    expect(Object.keys(back[2]!.row.error!)).toEqual(['code', 'message']);
    expect(JSON.stringify(back)).toBe(JSON.stringify(rows));
  });

  it('give each row its shared values when they change from row to row', () => {
    const [base] = folded();
    const rows = ['t-1', 't-2', 't-1', 't-3', 't-3'].map((tenantId, i) => withRow(base!, { tenantId, firstFile: `f-${i % 2}`, lastState: i % 2 ? 'done' : 'failed', findings: i === 3 ? ['edited'] : [] }));
    expect(roundTrip(rows)).toEqual(rows);
  });

  it('send a piece as JSON when a row holds what the columns cannot carry, and get it back as JSON would', () => {
    const [base] = folded();
    const odd = [base!, withRow(base!, { device: { id: 'd', name: 'n', platform: 7 } as never }), withRow(base!, { device: JSON.parse('{"__proto__":"x","id":"d","name":"n"}') })];
    for (const other of [withRow(base!, { action: undefined as never }), withRow(base!, { entryCount: '2' as never }), withRow(base!, { ticket: 5 as never })]) {
      expect(packTracked([base!, other]).kind).toBe('json');
      expect(JSON.stringify(roundTrip([base!, other]))).toBe(JSON.stringify([base!, other]));
    }
    const packed = packTracked(odd);
    expect(packed.kind).toBe('json');
    const back = roundTrip(odd);
    expect(JSON.stringify(back)).toBe(JSON.stringify(odd));
    expect(Object.keys(back[2]!.row.device)).toEqual(['__proto__', 'id', 'name']);
  });

  it('refuse a broken message with a plain error, never a wrong row', () => {
    const good = packTracked(folded());
    if (good.kind !== 'columns') throw new Error('not sent by column');
    const numbers = (change: (n: Float64Array) => void) => {
      const copy = good.numbers.slice();
      change(copy);
      return copy;
    };
    const lengths = (change: (n: Int32Array) => void) => {
      const copy = good.lengths.slice();
      change(copy);
      return copy;
    };
    const broken: Array<[string, unknown]> = [
      ['text cut short', { ...good, text: good.text.slice(0, -1) }],
      ['text too long', { ...good, text: `${good.text}x` }],
      ['a length past the end', { ...good, lengths: lengths((l) => (l[0] = good.text.length + 1)) }],
      ['a string missing', { ...good, lengths: good.lengths.slice(0, -1) }],
      ['a null where a row needs a string', { ...good, lengths: lengths((l) => (l[0] = -1)) }],
      ['more rows than sent', { ...good, count: good.count + 1 }],
      ['a shared index to nothing', { ...good, numbers: numbers((n) => (n[0] = good.shared.length)) }],
      ['a fractional index', { ...good, numbers: numbers((n) => (n[0] = 0.5)) }],
      ['a technician to nothing', { ...good, numbers: numbers((n) => (n[6] = 9)) }],
      ['a device shape to nothing', { ...good, numbers: numbers((n) => (n[14] = -3)) }],
      ['a flag out of range', { ...good, numbers: numbers((n) => (n[7] = 2)) }],
      ['findings past the end', { ...good, numbers: numbers((n) => (n[16] = 5)) }],
      ['numbers as a plain array', { ...good, numbers: [...good.numbers] }],
      ['no kind', { ...good, kind: undefined }],
      ['JSON cut short', { kind: 'json', count: 1, text: '[{"actionId":' }],
      ['JSON of the wrong count', { kind: 'json', count: 2, text: JSON.stringify([{}, 1, 2, 3, 0]) }],
      ['nothing', null],
    ];
    for (const [what, message] of broken) expect(() => unpackTracked(message as PackedTracked), what).toThrow(/a review thread sent rows that do not add up/);
  });
});
