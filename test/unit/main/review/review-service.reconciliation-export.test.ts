import { describe, expect, it } from 'vitest';
import { reconciliationExport } from '../../../../main/review/review-service';
import type { Reconciliation } from '../../../../shared/review/reconcile';

// A check against Intune with many findings, in two chains; built directly, as reconcile() would give it.
function check(findingsPerChain: number): Reconciliation {
  const chains = ['pc-1', 'pc-2'].map((id) => ({
    id,
    findings: Array.from({ length: findingsPerChain }, (_, i) => ({
      chain: id,
      kind: 'missing-from-logs',
      at: `2026-11-30T10:00:${String(i % 60).padStart(2, '0')}.000Z`,
      technician: 'alex@contoso.com',
      deviceName: `PHONE-${i}`,
      deviceId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      actionId: null,
      auditId: `audit-${i}`,
      logState: null,
      intuneState: 'done',
      meaning: 'Intune has a passcode action no open log records.',
    })),
  }));
  return { checkedAt: '2026-11-30T11:00:00.000Z', auditsRead: findingsPerChain * 2, chains } as unknown as Reconciliation;
}

describe("the Intune check's export, written piece by piece", () => {
  it('writes the CSV as a byte order mark, a header and whole CRLF lines, a few rows a piece', () => {
    const pieces = [...reconciliationExport(check(1_000), 'csv', (id) => `machine-${id}`, 3)];
    expect(pieces[0]).toBe('\uFEFF');
    // A piece size of 3 rows stands in for the V8 string limit: no piece holds more than 3 findings.
    for (const piece of pieces.slice(2)) {
      expect(piece.endsWith('\r\n')).toBe(true);
      expect(piece.split('\r\n').length - 1).toBeLessThanOrEqual(3);
    }
    const lines = pieces.join('').slice(1).split('\r\n');
    expect(lines).toHaveLength(1 + 2_000 + 1);
    expect(lines[1]!.startsWith('machine-pc-1,missing-from-logs,')).toBe(true);
    expect(lines.at(-2)!.startsWith('machine-pc-2,missing-from-logs,')).toBe(true);
  });

  it('writes the JSON as JSON.stringify would, in pieces near the size asked for', () => {
    const result = check(1_000);
    const pieces = [...reconciliationExport(result, 'json', (id) => id, 500)];
    expect(pieces.length).toBeGreaterThan(100);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1_500);
    expect(pieces.join('')).toBe(`${JSON.stringify(result, null, 2)}\n`);
  });
});
