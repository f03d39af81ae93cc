import { describe, expect, it } from 'vitest';
import { lineBytes } from '../../../../main/action-log/line-format';
import { parseLineBytes, parseLineInFull, type ParsedLine } from '../../../../main/action-log/parse-line';
import { readWrittenEntry } from '../../../../main/action-log/written-line';
import { actionEntryInputSchema } from '../../../../shared/log/log-entry';

// The writer's layout is read without JSON.parse; every line, in that layout or not, must get the full parse's answer.
const PREV = 'c3'.repeat(32);
const technician = { upn: 'alex.morgan@contoso.com', objectId: '0a6f3c2e-8d41-4e7b-b5a9-1c2d3e4f5a60', displayName: 'Alex Morgan (Help Desk)' };
const device = { id: 'cde123b8-00e1-46c4-a818-f38e770ac141', name: "Zoë's iPhone", platform: 'iOS', osVersion: '17.6.1', mode: 'ios_device', ownerUpn: 'zoe@contoso.com', serial: 'UPCJY5XHEU16' };
const base = { actionId: '899d8189-77d6-4a22-b669-2996dcc5940b', action: 'resetPasscode', technician, tenantId: '5d0e7a1c-3b9f-4c52-9a86-0f1e2d3c4b5a', device };
const decision = { eligible: true, mode: 'ios_device', reasonCode: 'apple_passcode_removed', source: 'seed' };

/** A line as the writer makes it: the input through the entry schema (its key order), the chain fields around it. */
function written(input: Record<string, unknown>, seq = 2, prev = PREV): Buffer {
  const data = actionEntryInputSchema.parse(input);
  const bytes = lineBytes({ v: 2, seq, time: '2025-01-01T00:00:31.104Z', ...data, prev });
  return bytes.subarray(0, bytes.length - 1); // as the reader hands it over: without its newline
}

const entries: Array<[string, Record<string, unknown>]> = [
  ['requested', { type: 'requested', ...base, ticket: 'INC100001', identityVerified: true, decision }],
  ['refused', { type: 'refused', ...base, ticket: 'INC1', identityVerified: false, decision: { ...decision, eligible: false } }],
  ['accepted', { type: 'accepted', ...base, graphRequestId: '42b589d2-dd60-4d78-98b1-a07af6750b6c' }],
  ['state', { type: 'state', ...base, graphRequestId: '85d21a92-56ed-46e9-b480-e4611b88189e', state: 'pending' }],
  ['failed', { type: 'failed', ...base, error: { code: 'graph_403', message: 'Forbidden: the app lacks a permission' } }],
  ['unresolved', { type: 'unresolved', ...base, error: { code: 'timeout', message: '' } }],
  ['note', { type: 'note', ...base, note: 'Called the user back; all fine.' }],
  ['closed', { type: 'closed', ...base, note: 'Closed by hand' }],
  ['resumed', { type: 'resumed', ...base }],
  ['unknown', { type: 'unknown', ...base, graphRequestId: 'r-1' }],
  ['no action (written before there were several)', { type: 'accepted', ...base, action: undefined }],
  ['a device with its required fields only', { type: 'resumed', ...base, device: { id: 'd-1', name: 'n' } }],
  ['a technician without display name', { type: 'resumed', ...base, technician: { upn: 'a@b.c', objectId: 'o' } }],
  ['text beyond ASCII', { type: 'note', ...base, device: { id: 'd-1', name: '山田の iPhone 📱 ü' }, note: 'línea\u2028dos \u007f' }],
];

/** The same answer, down to the order of every object's keys (rows serialise as they were parsed). */
function expectSameAnswer(fast: ParsedLine, full: ParsedLine): void {
  expect(fast).toEqual(full);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(full));
}

describe('readWrittenEntry', () => {
  it.each(entries)('reads a %s entry as the writer writes it into the very value JSON.parse gives', (_, input) => {
    const bytes = written(input);
    const value = readWrittenEntry(bytes, PREV);
    expect(value).not.toBeNull();
    expect(JSON.stringify(value)).toBe(bytes.toString('utf8')); // same keys, same order, same values
    expect(value).toEqual(JSON.parse(bytes.toString('utf8')));
    expectSameAnswer(parseLineBytes(bytes, PREV), parseLineInFull(bytes, PREV));
    expect(parseLineBytes(bytes).ok).toBe(true);
  });

  it('leaves every line that is not an action entry in the writer layout to the full parse', () => {
    const header = Buffer.from('{"v":2,"seq":1,"time":"2025-01-01T00:00:00.000Z","type":"header","installId":"x","prev":"' + PREV + '"}');
    const seal = Buffer.from(`{"v":2,"seq":9,"time":"2025-01-01T00:00:00.000Z","type":"seal","keyId":"${PREV}","prev":"${PREV}","sig":"AA=="}`);
    const legacy = Buffer.from(written(entries[0]![1]).toString().replace('{"v":2,', '{"v":1,'));
    for (const line of [header, seal, legacy, Buffer.from(''), Buffer.from('{}')]) expect(readWrittenEntry(line)).toBeNull();
  });

  it('gives the values of the line it reads, never those of the line before, even when the caller reuses its buffer', () => {
    const first = written(entries[2]![1]);
    const second = written({ ...entries[2]![1], device: { ...device, name: "Zoë's iPhonf" } }); // one byte differs
    const shared = Buffer.from(first);
    const a = readWrittenEntry(shared)!;
    second.copy(shared); // same length: the caller's buffer now holds the second line
    const b = readWrittenEntry(shared)!;
    expect((a.device as typeof device).name).toBe("Zoë's iPhone");
    expect((b.device as typeof device).name).toBe("Zoë's iPhonf");
    expect(b).toEqual(JSON.parse(second.toString('utf8')));
  });

  it("shares the line before's action id, technician and device objects when their bytes are equal", () => {
    // Why the layout is read at all: the lines of one action repeat these, and a review holds a million lines.
    const a = readWrittenEntry(written(entries[2]![1], 3))!;
    const b = readWrittenEntry(written(entries[3]![1], 4))!;
    expect(b.device).toBe(a.device);
    expect(b.technician).toBe(a.technician);
    const other = readWrittenEntry(written({ ...entries[3]![1], device: { ...device, serial: 'OTHER' } }, 5))!;
    expect(other.device).not.toBe(a.device);
    expect(other.technician).toBe(a.technician);
    // Shared, so no one may change them (the fast check passes an object it passed before without looking again).
    for (const shared of [b.device, b.technician, readWrittenEntry(written(entries[0]![1]))!.decision]) expect(Object.isFrozen(shared)).toBe(true);
  });
});

describe('parseLineBytes on lines that differ from the writer layout', () => {
  const line = written(entries[0]![1]).toString('utf8');
  const state = written(entries[3]![1]).toString('utf8');
  const variants: Array<[string, string | Buffer]> = [
    ['keys in another order', line.replace('"seq":2,"time":"2025-01-01T00:00:31.104Z"', '"time":"2025-01-01T00:00:31.104Z","seq":2')],
    ['device keys in another order', line.replace('"id":"cde123b8-00e1-46c4-a818-f38e770ac141","name":"Zoë\'s iPhone"', '"name":"Zoë\'s iPhone","id":"cde123b8-00e1-46c4-a818-f38e770ac141"')],
    ['a space after a colon', line.replace('"seq":2', '"seq": 2')],
    ['a space before the end', `${line.slice(0, -1)} }`],
    ['a space after the end', `${line} `],
    ['a carriage return at the end', `${line}\r`],
    ['a tab inside a string', line.replace('INC100001', 'INC\t100001')],
    ['an escaped letter', line.replace('INC100001', 'INC\\u0031')],
    ['an escaped quote', line.replace("Zoë's", 'Zo\\"s')],
    ['an escaped slash', line.replace('ios_device', 'ios\\/device')],
    ['an escaped lone surrogate', line.replace('INC100001', 'INC\\ud800')],
    ['an escaped action id', line.replace('899d8189', '\\u0038\\u0039\\u0039d8189')],
    ['an escaped type', state.replace('"type":"state"', '"type":"st\\u0061te"')],
    ['seq 2.0', line.replace('"seq":2', '"seq":2.0')],
    ['seq 2e0', line.replace('"seq":2', '"seq":2e0')],
    ['seq 02', line.replace('"seq":2', '"seq":02')],
    ['seq -2', line.replace('"seq":2', '"seq":-2')],
    ['seq 0', line.replace('"seq":2', '"seq":0')],
    ['seq of 15 digits', line.replace('"seq":2', '"seq":123456789012345')],
    ['seq of 16 digits', line.replace('"seq":2', '"seq":9007199254740993')],
    ['seq as text', line.replace('"seq":2', '"seq":"2"')],
    ['version 2.0', line.replace('"v":2', '"v":2.0')],
    ['an extra field at the end', `${line.slice(0, -1)},"extra":1}`],
    ['an extra field in the device', line.replace('"serial"', '"imei":"1","serial"')],
    ['a missing device name', line.replace('"name":"Zoë\'s iPhone",', '')],
    ['a missing action id', line.replace(/"actionId":"[^"]*",/, '')],
    ['a duplicate type', line.replace('"type":"requested"', '"type":"state","type":"requested"')],
    ['a duplicate device id', line.replace('"id":"cde', '"id":"x","id":"cde')],
    ['a duplicate prev', `${line.slice(0, -1)},"prev":"${PREV}"}`],
    ['a null ticket', line.replace('"INC100001"', 'null')],
    ['a number for a name', line.replace('"Zoë\'s iPhone"', '7')],
    ['identity verified as text', line.replace('"identityVerified":true', '"identityVerified":"true"')],
    ['identity verified as trueish', line.replace('"identityVerified":true', '"identityVerified":truex')],
    ['an unknown state', state.replace('"state":"pending"', '"state":"pendingX"')],
    ['an unknown type', state.replace('"type":"state"', '"type":"stated"')],
    ['a prev in upper case', line.replace(PREV, PREV.toUpperCase())],
    ['a prev of another line', line.replace(PREV, 'ab'.repeat(32))],
    ['a prev one digit short', line.replace(PREV, PREV.slice(1))],
    ['a key named __proto__', `${line.slice(0, -1)},"__proto__":{"x":1}}`],
    ['an empty device', line.replace(/"device":\{[^}]*\}/, '"device":{}')],
    ['a genuine U+FFFD', line.replace('INC100001', 'INC\uFFFD')],
    ['a raw NUL', line.replace('INC100001', 'INC\u0000')],
    ['a BOM before it', `\uFEFF${line}`],
    ['two lines in one', `${line}${line}`],
    ['bytes that are not UTF-8', Buffer.concat([Buffer.from(line.slice(0, 200)), Buffer.from([0xc3]), Buffer.from(line.slice(200))])],
    ['an overlong encoding', Buffer.concat([Buffer.from(line.slice(0, 300)), Buffer.from([0xc0, 0xaf]), Buffer.from(line.slice(300))])],
    ['an encoded surrogate', Buffer.concat([Buffer.from(line.slice(0, 300)), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(line.slice(300))])],
  ];

  it.each(variants)('%s: the full parse\'s answer', (_, text) => {
    const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
    readWrittenEntry(written(entries[0]![1])); // a line before it, as in a file, for anything carried over
    expectSameAnswer(parseLineBytes(bytes, PREV), parseLineInFull(bytes, PREV));
    expectSameAnswer(parseLineBytes(bytes), parseLineInFull(bytes));
  });

  it('a torn line, cut at any byte: the full parse\'s answer', () => {
    const bytes = Buffer.from(line);
    for (let end = 0; end < bytes.length; end++) {
      const torn = bytes.subarray(0, end);
      expectSameAnswer(parseLineBytes(torn, PREV), parseLineInFull(torn, PREV));
    }
  });

  it('thousands of randomly damaged lines, read one after another: each gets the full parse\'s answer', () => {
    let seed = 19;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['{', '}', '"', ',', ':', '\\', ' ', '0', '1', '9', '.', 'e', '-', 'a', 'null', 'true', '\\u0041', 'é', '\u2028', '\uFFFD', '\t'];
    const rawBytes = [0x00, 0x0a, 0x1f, 0x7f, 0x80, 0xc3, 0xff];
    const originals = entries.map(([, input], i) => written(input, i + 2));
    let fastOk = 0;
    for (let round = 0; round < 4000; round++) {
      let bytes = Buffer.from(originals[random(originals.length)]!);
      const changes = random(3); // 0: the line as written, read after damaged ones
      for (let c = 0; c < changes; c++) {
        const at = random(bytes.length + 1);
        const kind = random(4);
        if (kind === 0) bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(pieces[random(pieces.length)]!), bytes.subarray(at)]);
        else if (kind === 1) bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + 1 + random(4)))]);
        else if (kind === 2) bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([rawBytes[random(rawBytes.length)]!]), bytes.subarray(at)]);
        else if (at < bytes.length) bytes[at] = 0x20 + random(0x5f); // one printable byte changed
      }
      const prev = random(2) === 0 ? PREV : undefined;
      const fast = parseLineBytes(bytes, prev);
      if (fast.ok) fastOk++;
      expectSameAnswer(fast, parseLineInFull(bytes, prev));
    }
    expect(fastOk).toBeGreaterThan(1000); // the lines as written, and damage the schema lets through (a changed letter)
  });
});
