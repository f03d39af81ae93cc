import { describe, expect, it } from 'vitest';
import { actionsCsvPieces, csvCell, csvColumns } from '../../../../shared/log/actions-csv';
import type { FoldedAction } from '../../../../shared/log/folded-action';

function row(actionId: string, action: FoldedAction['action']): FoldedAction {
  return {
    actionId,
    action,
    tenantId: 't',
    device: { id: 'dev-1', name: 'IPAD-0042' },
    technician: { upn: 'tech@contoso.example', objectId: 'o' },
    ticket: action === 'resetPasscode' ? 'INC-7' : null,
    identityVerified: action === 'resetPasscode' ? true : null,
    requestedAt: '2026-11-30T09:00:00.000Z',
    lastState: 'done',
    lastType: 'state',
    lastUpdate: '2026-11-30T09:01:00.000Z',
    graphRequestId: null,
    error: null,
    entryCount: 3,
    firstFile: 'actions-2026-11.jsonl',
    firstLine: 2,
    findings: [],
    chain: 'c',
  };
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('a=1')).toBe('a=1');
  });
});

// The whole CSV, as the export writes it piece after piece.
const actionsToCsv = (...args: Parameters<typeof actionsCsvPieces>) => [...actionsCsvPieces(...args)].join('');

describe('actionsCsvPieces', () => {
  it('cuts the CSV only between whole lines, whatever the piece size', () => {
    const rows = [row('a-1', 'resetPasscode'), row('a-2', 'syncDevice'), row('a-3', 'resetPasscode')];
    const whole = actionsToCsv(rows);
    for (const size of [1, 2, 5]) {
      const pieces = [...actionsCsvPieces(rows, () => null, size)];
      expect(pieces.join('')).toBe(whole);
      expect(pieces).toHaveLength(1 + Math.ceil(rows.length / size));
      for (const piece of pieces) expect(piece.endsWith('\r\n')).toBe(true);
    }
  });

  it('names each row\'s remote action by its Graph name, next to its id', () => {
    const lines = actionsToCsv([row('a-1', 'resetPasscode'), row('a-2', 'syncDevice')]).split('\r\n');
    expect(lines.slice(0, 1)).toEqual([csvColumns.join(',')]);
    expect(csvColumns.slice(0, 2)).toEqual(['Action ID', 'Action']);
    expect(lines.slice(1, 3).map((line) => line.split(',').slice(0, 2))).toEqual([
      ['a-1', 'resetPasscode'],
      ['a-2', 'syncDevice'],
    ]);
    expect(lines[3]).toBe(''); // the file ends with a line break
  });
});

describe('the identity check column', () => {
  it('is yes or no for a passcode action, and empty for a sync, which asks for none', () => {
    const column = csvColumns.indexOf('Identity verified');
    const cells = actionsToCsv([row('a-1', 'resetPasscode'), { ...row('a-2', 'resetPasscode'), identityVerified: false }, { ...row('a-3', 'syncDevice'), identityVerified: false }])
      .split('\r\n')
      .slice(1, 4)
      .map((line) => line.split(',')[column]);
    expect(cells).toEqual(['yes', 'no', '']);
  });
});
