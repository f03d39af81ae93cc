import { describe, expect, it } from 'vitest';
import { linkHash, lineBytes } from '../../../../main/action-log/line-format';
import { parseLineBytes } from '../../../../main/action-log/parse-line';
import { createRepeatedFields, repeatedEntry } from '../../../../main/action-log/repeated-fields';
import { seededRandom } from '../../../../bench/random';

// Reading an action's lines in parts must give, for every line, exactly what parsing the whole line gives:
// the same value with its keys in the same order, or the same finding with the same words.
const PREV = 'ab'.repeat(32);
const technician = { upn: 'tech@contoso.example', objectId: 'o-1', displayName: 'Tech (Help Desk)' };
const device = { id: 'dev-1', name: "Zoë's iPhone", platform: 'iOS', osVersion: '17.5', mode: 'ios_device', ownerUpn: 'zoe@contoso.example', serial: 'S1' };
const decision = { eligible: true, mode: 'ios_device', reasonCode: 'apple_passcode_removed', source: 'rules' };

function actionLines(actionId: string, seq: number, overrides: Record<string, unknown> = {}): Buffer[] {
  const same = { actionId, action: 'resetPasscode', technician, tenantId: 't-1', device, ...overrides };
  const line = (type: string, at: number, tail: Record<string, unknown>) => lineBytes({ v: 2, seq: at, time: `2026-05-01T10:00:${String(at % 60).padStart(2, '0')}.000Z`, type, ...same, ...tail, prev: PREV }).subarray(0, -1);
  return [
    line('requested', seq, { ticket: 'INC-1', identityVerified: true, decision }),
    line('accepted', seq + 1, { graphRequestId: 'req-1' }),
    line('state', seq + 2, { graphRequestId: 'req-2', state: 'pending' }),
    line('state', seq + 3, { graphRequestId: 'req-3', state: 'done' }),
  ];
}

const ID_A = '11111111-1111-4111-8111-111111111111';
const ID_B = '22222222-2222-4222-8222-222222222222';

/** What a reader without the shortcut says of each line, and what one with it says, in the same order of reading. */
function bothWays(lines: readonly Buffer[], expectedPrev?: (index: number) => string | undefined) {
  const memory = createRepeatedFields();
  return lines.map((line, index) => {
    const prev = expectedPrev?.(index);
    return { plain: JSON.stringify(parseLineBytes(line, prev)), parts: JSON.stringify(parseLineBytes(line, prev, memory)) };
  });
}

describe('reading the lines of an action in parts', () => {
  it('gives each line of an action as JSON.parse does, keys in the same order, reading the repeated fields once', () => {
    const lines = [...actionLines(ID_A, 2), ...actionLines(ID_B, 6)];
    const memory = createRepeatedFields();
    const read = lines.map((line) => repeatedEntry(line, memory, undefined));
    // Every line of these writer-made entries is taken by the shortcut (not left to the usual way).
    expect(read.every((entry) => entry !== null)).toBe(true);
    for (let i = 0; i < lines.length; i++) expect(JSON.stringify(read[i])).toBe(lines[i]!.toString('utf8'));
    // The repeated values are read once per action: later lines hold the very objects of its first.
    expect(read[3]!.device).toBe(read[0]!.device);
    expect(read[4]!.device).not.toBe(read[0]!.device);
  });

  it('reads the repeated fields again when an action interleaves with others or its fields change', () => {
    const [a1, a2, a3] = actionLines(ID_A, 2);
    const [b1, b2] = actionLines(ID_B, 10);
    const [, , c3] = actionLines(ID_A, 20, { technician: { upn: 'other@contoso.example', objectId: 'o-2' } });
    const lines = [a1!, b1!, a2!, b2!, c3!, a3!];
    const memory = createRepeatedFields();
    for (const line of lines) expect(JSON.stringify(repeatedEntry(line, memory, undefined))).toBe(line.toString('utf8'));
  });

  it('leaves headers, seals, settings and entries in another key order to the usual way', () => {
    const memory = createRepeatedFields();
    const odd = [
      '{"v":2,"seq":1,"time":"2026-05-01T10:00:00.000Z","type":"header","installId":"x","prev":"0"}',
      `{"v":2,"seq":2,"time":"2026-05-01T10:00:00.000Z","type":"seal","keyId":"${PREV}","prev":"${PREV}","sig":"x"}`,
      `{"seq":3,"v":2,"time":"2026-05-01T10:00:00.000Z","type":"state","actionId":"${ID_A}"}`,
    ];
    for (const line of odd) expect(repeatedEntry(Buffer.from(line), memory, undefined)).toBeNull();
  });
});

// Byte-level damage an edit, a disk or a forger could leave, each tried on every line of an action read in order.
type Damage = [string, (text: string) => string];
const damages: Damage[] = [
  ['none', (t) => t],
  ['a space after a comma', (t) => t.replace(',"tenantId"', ', "tenantId"')],
  ['white space before the end', (t) => `${t.slice(0, -1)} }`],
  ['a trailing comma', (t) => `${t.slice(0, -1)},}`],
  ['text after the object', (t) => `${t}x`],
  ['seq with a leading zero', (t) => t.replace(/"seq":(\d+)/, '"seq":0$1')],
  ['seq as a fraction', (t) => t.replace(/"seq":(\d+)/, '"seq":$1.0')],
  ['seq of 16 digits', (t) => t.replace(/"seq":(\d+)/, '"seq":1234567890123456')],
  ['seq 0', (t) => t.replace(/"seq":(\d+)/, '"seq":0')],
  ['February 30th', (t) => t.replace(/"time":"[^"]+"/, '"time":"2026-02-30T10:00:00.000Z"')],
  ['an escaped time', (t) => t.replace(/"time":"2026/, '"time":"\\u00326')],
  ['an unknown type', (t) => t.replace(/"type":"\w+"/, '"type":"deleted"')],
  ['an upper-case action id', (t) => t.replace(ID_A, ID_A.toUpperCase())],
  ['an escaped action id', (t) => t.replace(`"actionId":"1`, '"actionId":"\\u0031')],
  ['an action id that is no GUID', (t) => t.replace(ID_A, 'not-a-guid')],
  ['a changed device name', (t) => t.replace('iPhone', 'iPhonf')],
  ['a device name holding },', (t) => t.replace('iPhone', 'iPhone},')],
  ['a device name holding an escaped quote', (t) => t.replace('iPhone', 'i\\"Phone')],
  ['a device name too long', (t) => t.replace('iPhone', 'x'.repeat(300))],
  ['an unknown device field', (t) => t.replace('"serial"', '"imei":"1","serial"')],
  ['the device twice', (t) => t.replace(',"prev"', `,"device":${JSON.stringify({ ...device, name: 'other' })},"prev"`)],
  ['the type twice', (t) => t.replace(',"prev"', ',"type":"note","prev"')],
  ['prev twice', (t) => t.replace(',"prev"', ',"prev":"00","prev"')],
  ['a key named __proto__', (t) => t.replace(',"prev"', ',"__proto__":{},"prev"')],
  ['an unknown field at the end', (t) => t.replace(',"prev"', ',"extra":1,"prev"')],
  ['a state entry without state', (t) => t.replace(/,"state":"\w+"/, '')],
  ['an unknown state', (t) => t.replace(/"state":"\w+"/, '"state":"gone"')],
  ['no prev', (t) => t.replace(/,"prev":"\w+"/, '')],
  ['an upper-case prev', (t) => t.replace(PREV, PREV.toUpperCase())],
  ['the tenant moved after the device', (t) => t.replace(',"tenantId":"t-1"', '').replace(',"prev"', ',"tenantId":"t-1","prev"')],
  ['a genuine U+FFFD', (t) => t.replace('iPhone', 'i\uFFFDPhone')],
  ['a NUL byte', (t) => t.replace('iPhone', 'i\u0000Phone')],
  ['a raw tab in the tail', (t) => t.replace(',"prev"', ',\t"prev"')],
];

describe('a damaged line read in parts gets the finding it gets read whole', () => {
  it.each(damages)('%s', (_, damage) => {
    const lines = actionLines(ID_A, 2).map((line) => Buffer.from(damage(line.toString('utf8')), 'utf8'));
    for (const { plain, parts } of bothWays(lines)) expect(parts).toBe(plain);
    // The same with the reader's hash of the line before, which spares the pattern test of `prev`.
    for (const { plain, parts } of bothWays(lines, () => PREV)) expect(parts).toBe(plain);
  });

  it('bytes that are not UTF-8 in any part stay binary', () => {
    for (const at of ['iPhone', 'req-2', 'Tech']) {
      const lines = actionLines(ID_A, 2).map((line) => {
        const text = line.toString('utf8');
        const cut = text.indexOf(at);
        return cut < 0 ? line : Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from([0xc3]), Buffer.from(text.slice(cut))]);
      });
      const results = bothWays(lines);
      for (const { plain, parts } of results) expect(parts).toBe(plain);
      expect(results.some(({ plain }) => plain.includes('"binary"'))).toBe(true);
    }
  });

  it('agrees on thousands of lines with one random byte changed, removed or added', () => {
    const random = seededRandom(19);
    const pool = Buffer.from(' {}[]",:\\0123456789abcdefxyzTZ.-\u00e9\n', 'utf8');
    const base = [...actionLines(ID_A, 2), ...actionLines(ID_B, 6)];
    for (let round = 0; round < 400; round++) {
      const lines = base.map((line) => {
        if (random() < 0.5) return line;
        const at = Math.floor(random() * line.length);
        const byte = pool[Math.floor(random() * pool.length)]!;
        const how = Math.floor(random() * 3);
        if (how === 0) return Buffer.concat([line.subarray(0, at), Buffer.from([byte]), line.subarray(at + 1)]);
        if (how === 1) return Buffer.concat([line.subarray(0, at), line.subarray(at + 1)]);
        return Buffer.concat([line.subarray(0, at), Buffer.from([byte]), line.subarray(at)]);
      });
      const prevOf = (index: number) => (index === 0 ? undefined : linkHash(lines[index - 1]!));
      for (const { plain, parts } of bothWays(lines, prevOf)) expect(parts).toBe(plain);
    }
  });
});
