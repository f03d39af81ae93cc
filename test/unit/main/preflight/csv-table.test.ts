import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../../../main/preflight/csv-table';

describe("reading Intune's CSV reports", () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, CRLF or LF, dropping the BOM', () => {
    const text = '\ufeffDevice name,Note\r\n"Ana\'s ""work"" phone","line one\nline two, still"\r\nplain,\n';
    expect(parseCsv(text)).toEqual([
      ['Device name', 'Note'],
      ['Ana\'s "work" phone', 'line one\nline two, still'],
      ['plain', ''],
    ]);
  });

  it('keeps a last row with no line break, and skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keys records by trimmed, lower-case header; a short row gives empty cells', () => {
    expect(csvRecords('Device ID, HasUnlockToken\nd-1,True\nd-2')).toEqual([
      { 'device id': 'd-1', hasunlocktoken: 'True' },
      { 'device id': 'd-2', hasunlocktoken: '' },
    ]);
    expect(csvRecords('')).toEqual([]);
  });
});
