import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../../../main/base/json-pieces';

describe('jsonPieces: JSON.stringify(value, null, 2) in pieces', () => {
  const samples: unknown[] = [
    { checkedAt: '2026-11-30T10:00:00.000Z', auditsRead: 3, chains: [{ id: 'pc-1', machineName: 'PC-1', findings: [{ kind: 'a', at: 't', actionId: null }, { kind: 'b', note: 'quote " and \\n newline' }] }, { id: 'pc-2', findings: [] }] },
    { nested: { deeper: { list: [1, [2, [3, {}]], 'x', null, true] } }, empty: {}, none: [], skipped: undefined, date: new Date(0) },
    [[], [[]], [{ a: [] }]],
    'text',
    42,
    null,
  ];

  it('joins to exactly what JSON.stringify gives, at any piece size', () => {
    for (const value of samples) {
      for (const size of [1, 7, 64, 1 << 20]) expect([...jsonPieces(value, size)].join('')).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('never builds the whole text in one string: with a small piece size each piece stays near it', () => {
    // A check with many findings; a 200-character budget stands in for V8's longest string (~2^29).
    const findings = Array.from({ length: 5_000 }, (_, i) => ({ chain: 'pc-1', kind: 'missing-from-logs', at: `2026-11-30T10:00:${String(i % 60).padStart(2, '0')}.000Z`, auditId: `audit-${i}` }));
    const value = { checkedAt: 'now', auditsRead: 5_000, chains: [{ id: 'pc-1', findings }] };
    const pieces = [...jsonPieces(value, 200)];
    const longestFinding = Math.max(...findings.map((f) => JSON.stringify(f, null, 2).length)) + 64;
    expect(pieces.length).toBeGreaterThan(1_000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200 + longestFinding);
    expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
  });
});
