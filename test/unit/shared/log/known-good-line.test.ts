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
