import { describe, expect, it } from 'vitest';
import { canonicalEntryText, canonicalJson } from '../../../../shared/log/canonical-json';

describe('canonical form', () => {
  it('sorts keys at every level and adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('is the same for the same content whatever the key order, and drops undefined', () => {
    expect(canonicalJson({ a: 1, b: 'é"\n', c: undefined })).toBe(canonicalJson(JSON.parse('{"b":"é\\"\\n","a":1}')));
  });

  it('leaves out the top-level hash and sig only', () => {
    expect(canonicalEntryText({ seq: 1, hash: 'h', sig: 's', nested: { hash: 'kept' } })).toBe('{"nested":{"hash":"kept"},"seq":1}');
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow();
  });
});

// The hand-written form is kept (shared/log/canonical-json.ts says why); RFC 8785's reference
// package is the oracle that it is the standard form for every line a format-1 file can hold.
describe('canonical form against RFC 8785 (the canonicalize package)', () => {
  const samples: unknown[] = [
    { seq: 1, type: 'requested', device: { name: 'IPAD-0042', serial: null }, ticket: 'INC-1001', identityVerified: true },
    { b: [1, 2.5, -0, 1e21, 1e-7, 0.1 + 0.2, Number.MAX_SAFE_INTEGER], a: 'tab\tquote"back\\slash' },
    { '\u20ac': 1, '\r': 2, é: 3, '😀': 4, ﬀ: 5, '10': 'numeric-looking key', '9': 'sorted as text' },
    { note: 'control \u0001 and \u001f, line\u2028separator, emoji 👍', nested: [[], {}, [{ z: false, y: [null] }]] },
    JSON.parse('{"ticket":"INC-\\u00e9","seq":3,"device":{"ownerUpn":"owner@contoso.example"}}'),
  ];

  it.each(samples.map((sample, i) => [i, sample]))('sample %i has the same bytes as the reference', async (_i, sample) => {
    const { default: canonicalize } = await import('canonicalize');
    expect(canonicalJson(sample)).toBe(canonicalize(sample));
  });

  it('still hashes a lone surrogate that an old file holds, where the reference refuses it', async () => {
    const { default: canonicalize } = await import('canonicalize');
    // Format 1 hashed tickets as typed; before input was checked for valid Unicode a lone half of a pair could be saved.
    const line = JSON.parse('{"seq":2,"ticket":"INC-\\ud83d"}');
    expect(() => canonicalize(line)).toThrow(/surrogate/i);
    expect(canonicalJson(line)).toBe('{"seq":2,"ticket":"INC-\\ud83d"}');
  });
});
