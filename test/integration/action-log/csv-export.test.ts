import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { constants } from 'node:buffer';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { exportCsv } from '../../../main/action-log/action-log';
import { csvColumns } from '../../../shared/log/actions-csv';
import type { FoldedAction } from '../../../shared/log/folded-action';
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

/** `count` bytes of a file from `at`, without reading the rest. */
function bytesOf(path: string, at: number, count: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    readSync(fd, buffer, 0, count, at);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

it('writes a review whose CSV is longer than the longest string JavaScript can hold (a million-action review comes close)', async () => {
  // Failed actions carry their error message (up to 2,000 characters in the log): the fattest rows there are.
  const failed: FoldedAction = {
    actionId: '5d5bbd97-d152-4e42-b974-85a90217e98a', action: 'resetPasscode', tenantId: '5d0e7a1c-3b9f-4c52-9a86-0f1e2d3c4b5a',
    device: { id: 'a3d360f3-aa76-44d5-8989-b6b610b75f35', name: 'DEMO-AE-DEDICATED-13' },
    technician: { upn: 'alex.morgan@contoso.com', objectId: '0a6f3c2e-8d41-4e7b-b5a9-1c2d3e4f5a60' },
    ticket: 'INC-77', identityVerified: true, requestedAt: '2026-11-30T09:00:00.000Z', lastState: 'failed', lastType: 'failed',
    lastUpdate: '2026-11-30T09:01:00.000Z', graphRequestId: null, error: { code: 'graph_error', message: 'x'.repeat(2_000) },
    entryCount: 3, firstFile: 'actions-2026-11.jsonl', firstLine: 2, findings: [], chain: 'c',
  };
  const lastRow: FoldedAction = { ...failed, actionId: 'the-last-row' };
  const rowCount = Math.ceil(constants.MAX_STRING_LENGTH / 2_000);
  const rows = [...new Array<FoldedAction>(rowCount - 1).fill(failed), lastRow];
  const path = join(dir.path, 'large.csv');

  expect(await exportCsv(rows, path)).toEqual({ ok: true, value: { path, rows: rowCount } });
  expect(statSync(path).size).toBeGreaterThan(constants.MAX_STRING_LENGTH);
  // Never read whole: it is larger than a string. Its start and its end are enough.
  expect(bytesOf(path, 0, 3 + 9).toString('utf8')).toBe('\uFEFFAction ID');
  const tail = bytesOf(path, statSync(path).size - 3_000, 3_000).toString('utf8');
  expect(tail.endsWith('\r\n')).toBe(true);
  expect(tail.split('\r\n').at(-2)?.startsWith('the-last-row,resetPasscode,')).toBe(true);
}, 180_000);
