import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { exportCsv } from '../../../main/action-log/action-log';
import { csvColumns } from '../../../shared/log/actions-csv';
import { openLog, sampleEntry, tempFolder } from './log-fixtures';

let dir: ReturnType<typeof tempFolder>;
beforeEach(() => {
  dir = tempFolder();
});
afterEach(() => dir.remove());

/** RFC 4180, strictly: what a spreadsheet does with the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' && cell === '') {
      for (i++; ; i++) {
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), i++;
        else if (text[i] === '"') break;
        else cell += text[i];
      }
    } else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

it('exports one row per action with the right columns, quoting, and formulas neutralised', async () => {
  const log = await openLog(dir.path);
  const ticket = '=HYPERLINK("http://evil.example","click")';
  const requested = sampleEntry('requested', { ticket, device: { id: 'd-1', name: 'Lab, "big" iPad\r\nline 2' } });
  await log.append(requested);
  await log.append(sampleEntry('failed', { actionId: requested.actionId, error: { code: '-1', message: 'Not, "ok"\nat all' } }));
  await log.append(sampleEntry('requested', { ticket: '@SUM(A1)' }));
  const own = await log.readOwnEntries();
  await log.close();
  if (!own.ok) throw new Error(own.error.message);
  const path = join(dir.path, 'export.csv');
  expect(await exportCsv(own.value.rows, path)).toEqual({ ok: true, value: { path, rows: 2 } });

  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, first, second, ...rest] = parseCsv(bytes.subarray(3).toString('utf8'));
  expect(rest).toEqual([]);
  expect(header).toEqual([...csvColumns]);
  const cell = (row: string[] | undefined, column: string) => row![csvColumns.indexOf(column)];
  expect(cell(first, 'Ticket')).toBe(`'${ticket}`);
  expect(cell(first, 'Device name')).toBe('Lab, "big" iPad\r\nline 2');
  expect(cell(first, 'Error message')).toBe('Not, "ok"\nat all');
  expect(cell(first, 'Error code')).toBe("'-1");
  expect(cell(first, 'Last state')).toBe('failed');
  expect(cell(first, 'Entries')).toBe('2');
  expect(cell(first, 'Identity verified')).toBe('yes');
  expect(cell(second, 'Ticket')).toBe("'@SUM(A1)");
  expect(first).toHaveLength(csvColumns.length);
});
