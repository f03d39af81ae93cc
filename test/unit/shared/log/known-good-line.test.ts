import { describe, expect, it } from 'vitest';
import { knownGoodLine } from '../../../../shared/log/known-good-line';
import { parseLogLine } from '../../../../shared/log/log-entry';

// The fast path may only say yes where the schema says yes, with the very same value; everything else goes to zod.
const HEX = 'ab'.repeat(32);
const SIG = `${'A'.repeat(86)}==`;
const entry = {
  v: 2,
  seq: 7,
  time: '2026-05-01T10:00:00.000Z',
  type: 'requested',
  actionId: '11111111-1111-4111-8111-111111111111',
  action: 'resetPasscode',
  technician: { upn: 'tech@contoso.example', objectId: 'o-1', displayName: 'Tech' },
  tenantId: 't-1',
  device: { id: 'dev-1', name: 'IPAD-1', platform: 'iOS', osVersion: '17.5', mode: 'userEnrollment', ownerUpn: 'o@contoso.example', serial: 'S1' },
  ticket: 'INC-1',
  identityVerified: true,
  decision: { eligible: true, mode: 'remove', reasonCode: 'ios_supervised', source: 'rules' },
  prev: HEX,
};
const seal = { v: 2, seq: 8, time: '2026-05-01T10:00:00.000Z', type: 'seal', keyId: HEX, prev: HEX, sig: SIG };

type Mutation = [string, (value: Record<string, any>) => void];
const mutations: Mutation[] = [
  ['unchanged', () => undefined],
  ['an unknown field', (v) => (v.extra = 1)],
  ['a nested unknown field', (v) => v.device && (v.device.imei = '1')],
  ['version 3', (v) => (v.v = 3)],
  ['seq 0', (v) => (v.seq = 0)],
  ['seq 1.5', (v) => (v.seq = 1.5)],
  ['seq as text', (v) => (v.seq = '7')],
  ['a time with an offset', (v) => (v.time = '2026-05-01T10:00:00+02:00')],
  ['February 30th', (v) => (v.time = '2026-02-30T10:00:00Z')],
  ['upper-case prev', (v) => (v.prev = HEX.toUpperCase())],
  ['short prev', (v) => (v.prev = HEX.slice(2))],
  ['an unknown type', (v) => (v.type = 'deleted')],
  ['a bad action id', (v) => v.actionId && (v.actionId = 'not-a-guid')],
  ['an unknown action', (v) => v.actionId && (v.action = 'wipe')],
  ['an empty upn', (v) => v.technician && (v.technician.upn = '')],
  ['a long device name', (v) => v.device && (v.device.name = 'x'.repeat(257))],
  ['a null serial', (v) => v.device && (v.device.serial = null)],
  ['a request without ticket', (v) => v.ticket && delete v.ticket],
  ['identityVerified as text', (v) => v.ticket && (v.identityVerified = 'yes')],
  ['a decision without source', (v) => v.decision && delete v.decision.source],
  ['a state entry without state', (v) => v.ticket && (v.type = 'state')],
  ['a state entry with a state', (v) => v.ticket && Object.assign(v, { type: 'state', state: 'done' })],
  ['a failed entry with its error', (v) => v.ticket && Object.assign(v, { type: 'failed', error: { code: 'X', message: '' } })],
  ['an error with a long message', (v) => v.ticket && Object.assign(v, { type: 'failed', error: { code: 'X', message: 'm'.repeat(2001) } })],
  ['a short signature', (v) => v.sig && (v.sig = v.sig.slice(1))],
  ['a signature with padding inside', (v) => v.sig && (v.sig = `=${v.sig.slice(1)}`)],
  ['an array', (v) => Object.setPrototypeOf(v, Array.prototype)],
  ['a key named __proto__', (v) => Object.defineProperty(v, '__proto__', { value: 1, enumerable: true })],
  // The fast check counts keys: an unknown key standing in for a missing optional one keeps the count of a valid line.
  ['an unknown device field instead of the serial', (v) => v.device && (delete v.device.serial, (v.device.imei = 'S1'))],
  ['an unknown technician field instead of the display name', (v) => v.technician && (delete v.technician.displayName, (v.technician.mail = 'Tech'))],
  ['an unknown field instead of the action', (v) => v.action && (delete v.action, (v.kind = 'resetPasscode'))],
  ['a decision with a fifth field', (v) => v.decision && (v.decision.why = 'x')],
  ['an error with a third field', (v) => v.ticket && Object.assign(v, { type: 'failed', error: { code: 'X', message: '', stack: '' } })],
  ['a key that is a number', (v) => (v['0'] = 1)],
  ['a device key that is a number', (v) => v.device && (v.device['7'] = 'x')],
  ['a seal field in an entry', (v) => v.actionId && (v.keyId = HEX)],
];

describe('the fast check of a log line agrees with the schema', () => {
  for (const [kind, base] of [['entry', entry], ['seal', seal]] as const) {
    it.each(mutations)(`${kind}: %s`, (_, mutate) => {
      const value = JSON.parse(JSON.stringify(base));
      mutate(value);
      const fast = knownGoodLine(value);
      const schema = parseLogLine(value);
      if (fast !== null) {
        expect(schema.success).toBe(true);
        expect(fast).toEqual(schema.data);
      }
      if (kind === 'entry' && ['unchanged', 'a state entry with a state', 'a failed entry with its error'].includes(_)) expect(fast).not.toBeNull();
      if (kind === 'seal' && _ === 'unchanged') expect(fast).not.toBeNull();
    });
  }
});

describe('the hash of the line before, when the reader knows it', () => {
  // It only spares the pattern test of `prev`: every answer is the one given without it.
  const computed = 'cd'.repeat(32);
  for (const [kind, base] of [['entry', entry], ['seal', seal]] as const) {
    it.each(mutations)(`${kind}: %s, linking to the line before or not`, (_, mutate) => {
      for (const prev of [computed, HEX]) {
        const value = JSON.parse(JSON.stringify(base));
        mutate(value);
        expect(knownGoodLine(value, prev)).toEqual(knownGoodLine(value));
      }
    });
  }

  it('still refuses a prev that is not a SHA-256 in hex, whatever the line before hashed to', () => {
    expect(knownGoodLine({ ...entry, prev: computed.toUpperCase() }, computed)).toBeNull();
    expect(knownGoodLine({ ...seal, prev: 'short' }, computed)).toBeNull();
    expect(knownGoodLine({ ...entry, prev: computed }, computed)).not.toBeNull();
  });
});

describe('an action id the fast check saw before', () => {
  // Lines of one action repeat its id, so the GUID pattern runs once an action: only an equal string may skip it.
  const good = '11111111-1111-4111-8111-111111111111';
  const withId = (actionId: string) => ({ ...entry, actionId });
  const nearMisses = [`${good} `, ` ${good}`, good.slice(1), `${good.slice(0, -1)}g`, good.replace(/-/g, ''), `${good}\n`, `${good}1`];

  it('still refuses an id that is not a GUID right after a line whose id was one', () => {
    for (const bad of nearMisses) {
      expect(knownGoodLine(withId(good))).not.toBeNull();
      expect(parseLogLine(withId(bad)).success).toBe(false);
      expect(knownGoodLine(withId(bad))).toBeNull();
    }
  });

  it('takes the same id again, and a new valid id after it', () => {
    const other = '22222222-2222-4222-8222-222222222222';
    expect(knownGoodLine(withId(good))).not.toBeNull();
    expect(knownGoodLine(withId(String(good)))).not.toBeNull();
    expect(knownGoodLine(withId(other))).not.toBeNull();
    expect(knownGoodLine(withId(good.toUpperCase()))).not.toBeNull(); // the schema's pattern takes either case
    expect(parseLogLine(withId(good.toUpperCase())).success).toBe(true);
  });
});

describe('random edits of valid lines', () => {
  // A fixed seed: the same 3,000 edits every run. Each adds, drops or retypes a key of the line or of one of its objects.
  let state = 0x9e3779b9;
  const random = (n: number) => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state % n;
  };
  const values: unknown[] = [undefined, null, true, 0, -1, 1.5, '', 'x', 'ab'.repeat(32), [], {}, '11111111-1111-4111-8111-111111111111', 'done', 'requested'];
  const keys = ['v', 'seq', 'time', 'prev', 'type', 'actionId', 'action', 'ticket', 'state', 'error', 'note', 'keyId', 'sig', 'upn', 'objectId', 'displayName', 'id', 'name', 'serial', 'eligible', 'mode', 'code', 'message', 'extra', '0'];
  const bases = [entry, seal, { ...entry, type: 'failed', error: { code: 'X', message: 'm' } }, { ...entry, type: 'state', state: 'done', ticket: undefined, identityVerified: undefined, decision: undefined }];

  it('never get a yes from the fast check that the schema would refuse', () => {
    let accepted = 0;
    for (let round = 0; round < 3000; round++) {
      const value = JSON.parse(JSON.stringify(bases[random(bases.length)])) as Record<string, any>;
      for (let edits = 1 + random(2); edits > 0; edits--) {
        const objects = [value, value.technician, value.device, value.decision, value.error].filter((o) => o && typeof o === 'object');
        const target = objects[random(objects.length)] as Record<string, unknown>;
        const key = keys[random(keys.length)]!;
        const pick = values[random(values.length)];
        if (pick === undefined) delete target[key];
        else target[key] = JSON.parse(JSON.stringify(pick));
      }
      const fast = knownGoodLine(value);
      if (fast === null) continue;
      accepted++;
      const schema = parseLogLine(value);
      expect(schema.success, JSON.stringify(value)).toBe(true);
      expect(fast).toEqual(schema.success ? schema.data : null);
    }
    expect(accepted).toBeGreaterThan(100); // the edits leave many lines valid, so the check above ran
  });
});
