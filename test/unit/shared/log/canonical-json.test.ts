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
