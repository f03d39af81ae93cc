import { faultCause } from '../base/fault-cause';
import { errSaid } from '../base/said-error';
import { err, ok, type Result } from '../../shared/result';
import { actionsCsvPieces, type RowsAt } from '../../shared/log/actions-csv';
import { writeFileDurably } from './durable-file';

/**
 * Writes folded rows as CSV to `path`, which the caller got from a main-side
 * save dialog (never from the renderer). The UTF-8 byte order mark is there
 * because Excel otherwise reads the file in the local code page and garbles
 * non-ASCII names.
 */
export async function exportCsv(rows: RowsAt, path: string, machineOf?: (chain: string) => string | null): Promise<Result<{ path: string; rows: number }>> {
  try {
    // Piece by piece: the whole CSV of a large review may not fit in one string (see actionsCsvPieces).
    writeFileDurably(path, withByteOrderMark(actionsCsvPieces(rows, machineOf)));
    return ok({ path, rows: rows.length });
  } catch (error) {
    return errSaid('log_error', { code: 'exportNotWritten', params: { cause: faultCause(error) } });
  }
}

function* withByteOrderMark(pieces: Iterable<string>): Generator<string> {
  yield '\uFEFF';
  yield* pieces;
}

/** Writes an export (a check against Intune) to a path from a main-side save dialog. */
export async function writeTextFile(path: string, text: string | Iterable<string>): Promise<Result<string>> {
  try {
    writeFileDurably(path, text);
    return ok(path);
  } catch (error) {
    return errSaid('log_error', { code: 'exportNotWritten', params: { cause: faultCause(error) } });
  }
}
