import { identityCheckOf, type FoldedAction } from './folded-action';

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');

/**
 * Folded rows as CSV (RFC 4180: CRLF line ends, fields with a quote, comma or
 * line break quoted, quotes doubled). Spreadsheets run cells that start with
 * = + - @ (and tab or CR, which some strip first) as formulas, and a ticket
 * reference is typed by whoever asked for the reset, so such cells get a
 * leading apostrophe and are shown as text. `machine` is the computer that
 * wrote the row's chain (named in the chain's headers, not in each entry).
 */
type Cell = string | number | boolean | null | undefined;
const columns: ReadonlyArray<readonly [string, (row: FoldedAction, machine: string | null) => Cell]> = [
  ['Action ID', (r) => r.actionId],
  ['Action', (r) => r.action], // Graph's name for it (resetPasscode, syncDevice), the same in every language
  ['Machine', (_r, machine) => machine],
  ['Requested at', (r) => r.requestedAt],
  ['Last state', (r) => r.lastState],
  ['Last update', (r) => r.lastUpdate],
  ['Technician UPN', (r) => r.technician.upn],
  ['Technician name', (r) => r.technician.displayName],
  ['Technician object ID', (r) => r.technician.objectId],
  ['Tenant ID', (r) => r.tenantId],
  ['Device ID', (r) => r.device.id],
  ['Device name', (r) => r.device.name],
  ['Platform', (r) => r.device.platform],
  ['OS version', (r) => r.device.osVersion],
  ['Enrollment mode', (r) => r.device.mode],
  ['Owner UPN', (r) => r.device.ownerUpn],
  ['Serial number', (r) => r.device.serial],
  ['Ticket', (r) => r.ticket],
  ['Identity verified', (r) => yesNo(identityCheckOf(r))], // empty: not recorded, or not asked for (a sync)
  ['Graph request ID', (r) => r.graphRequestId],
  ['Error code', (r) => r.error?.code],
  ['Error message', (r) => r.error?.message],
  ['Entries', (r) => r.entryCount],
  ['Integrity findings', (r) => r.findings.join(' ')],
  ['First file', (r) => r.firstFile],
  ['First line', (r) => r.firstLine],
];

export const csvColumns: readonly string[] = columns.map(([name]) => name);

export function csvCell(value: Cell): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type MachineOf = (chain: string) => string | null;

/**
 * Rows by index: an array, or a review's packed rows (a row is made only when its piece of the CSV is
 * written, so exporting a year of a big helpdesk never holds every row as an object).
 */
export interface RowsAt {
  readonly length: number;
  at(index: number): FoldedAction | undefined;
}

/**
 * The CSV a piece at a time (the header, then `rowsPerPiece` rows per piece, each line ending in CRLF):
 * a review of a million actions is about 450 MB of CSV, close to the longest string V8 can hold, so
 * the export writes it piece by piece rather than as one string. `machineOf` names the computer
 * behind a row's chain; without it the Machine column stays empty.
 */
export function* actionsCsvPieces(rows: RowsAt, machineOf: MachineOf = () => null, rowsPerPiece = 2_000): Generator<string> {
  yield `${csvColumns.map(csvCell).join(',')}\r\n`;
  for (let start = 0; start < rows.length; start += rowsPerPiece) {
    let piece = '';
    for (let index = start; index < Math.min(rows.length, start + rowsPerPiece); index++) {
      const row = rows.at(index)!;
      const machine = machineOf(row.chain);
      piece += `${columns.map(([, get]) => csvCell(get(row, machine))).join(',')}\r\n`;
    }
    yield piece;
  }
}

