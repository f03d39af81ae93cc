import type { FoldedAction } from '../../shared/log/folded-action';
import { fieldOfRow, type ReviewRows, type RowField, type RowFieldValue } from '../../shared/log/review-rows';
import type { ChainResult } from './chain-verifier';
import { ACTION, CHAIN, LAST_STATE, REQUESTED_AT, LAST_UPDATE, TICKET, type PackedPiece } from './packed-piece';
import { blocksOf, isKeptPiece } from './row-blocks';

/**
 * A review's rows as the review service keeps them (shared/log/review-result.ts, ReviewRows): runs of row
 * objects, and the pieces worker threads sent, still packed. The rows a worker folded are never all made
 * into objects: a page of the view, the CSV export or a caller that asks for `all()` makes the rows it
 * needs, and the service's filters, sort and counts read fields (`field`) straight from the columns.
 */
type Segment =
  | { rows: FoldedAction[]; piece?: undefined }
  | { piece: PackedPiece; keep: Int32Array | null; joined: Map<number, FoldedAction> | null; rows?: undefined };

interface State {
  segments: Segment[];
  total: number;
  /** For each row, its segment and its place in it; made when rows are first read by index. */
  segmentOf: Int32Array | null;
  localOf: Int32Array | null;
}

export class PackedReviewRows implements ReviewRows {
  // Not enumerable, so a test's deep equality compares two reviews' rows one by one (they are iterable), not
  // how each review happens to hold them. (Not a #private field: the electronegativity scan of the main
  // bundle cannot parse those, and then reads nothing.)
  declare private readonly s: State;

  constructor() {
    Object.defineProperty(this, 's', { value: { segments: [], total: 0, segmentOf: null, localOf: null } satisfies State, enumerable: false });
  }

  get length(): number {
    return this.s.total;
  }

  /** A verified chain's rows, after those already here. */
  append(result: ChainResult): void {
    for (const block of blocksOf(result)) {
      if (!isKeptPiece(block)) {
        for (const { row } of block) this.push(row);
        continue;
      }
      const { piece, skip } = block;
      let keep: Int32Array | null = null;
      if (skip !== null) {
        const shown: number[] = [];
        for (let r = 0; r < piece.count; r++) if (skip[r] !== 1) shown.push(r);
        keep = Int32Array.from(shown);
      }
      const joined = block.joined === null ? null : new Map([...block.joined].map(([r, tracked]) => [r, tracked.row]));
      this.s.segments.push({ piece, keep, joined });
      this.s.total += keep === null ? piece.count : keep.length;
      this.s.segmentOf = null;
    }
  }

  push(row: FoldedAction): void {
    const last = this.s.segments.at(-1);
    if (last?.rows !== undefined) last.rows.push(row);
    else this.s.segments.push({ rows: [row] });
    this.s.total++;
    this.s.segmentOf = null;
  }

  private locate(): void {
    const segmentOf = new Int32Array(this.s.total);
    const localOf = new Int32Array(this.s.total);
    let i = 0;
    for (const [s, segment] of this.s.segments.entries()) {
      if (segment.rows !== undefined) {
        for (let r = 0; r < segment.rows.length; r++, i++) [segmentOf[i], localOf[i]] = [s, r];
      } else if (segment.keep !== null) {
        for (const r of segment.keep) [segmentOf[i], localOf[i++]] = [s, r];
      } else for (let r = 0; r < segment.piece.count; r++, i++) [segmentOf[i], localOf[i]] = [s, r];
    }
    [this.s.segmentOf, this.s.localOf] = [segmentOf, localOf];
  }

  /** The row object at `index` when there is one (a run of objects, a joined row), else the piece and its row. */
  private place(index: number): { row: FoldedAction } | { piece: PackedPiece; r: number } {
    if (this.s.segmentOf === null) this.locate();
    const segment = this.s.segments[this.s.segmentOf![index]!]!;
    const r = this.s.localOf![index]!;
    if (segment.rows !== undefined) return { row: segment.rows[r]! };
    const joined = segment.joined?.get(r);
    return joined !== undefined ? { row: joined } : { piece: segment.piece, r };
  }

  at(index: number): FoldedAction | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.s.total) return undefined;
    const place = this.place(index);
    return 'row' in place ? place.row : place.piece.row(place.r);
  }

  field<K extends RowField>(index: number, key: K): RowFieldValue<K> {
    const place = this.place(index);
    return ('row' in place ? fieldOfRow(place.row, key) : pieceField(place.piece, place.r, key)) as RowFieldValue<K>;
  }

  all(): FoldedAction[] {
    return [...this];
  }

  *[Symbol.iterator](): Iterator<FoldedAction> {
    for (const segment of this.s.segments) {
      if (segment.rows !== undefined) {
        yield* segment.rows;
        continue;
      }
      const { piece, keep, joined } = segment;
      const count = keep === null ? piece.count : keep.length;
      for (let k = 0; k < count; k++) {
        const r = keep === null ? k : keep[k]!;
        yield joined?.get(r) ?? piece.row(r);
      }
    }
  }
}

function pieceField(piece: PackedPiece, r: number, key: RowField): unknown {
  switch (key) {
    case 'when':
      return piece.string(r, REQUESTED_AT) ?? piece.string(r, LAST_UPDATE);
    case 'chain':
      return piece.sharedOf(r, CHAIN);
    case 'findingCount':
      return piece.findingCount(r);
    case 'lastState':
      return piece.sharedOf(r, LAST_STATE);
    case 'action':
      return piece.sharedOf(r, ACTION);
    case 'technician':
      return piece.technician(r);
    case 'deviceName':
      return piece.deviceValue(r, 'name');
    case 'deviceId':
      return piece.deviceValue(r, 'id');
    case 'ticket':
      return piece.string(r, TICKET);
  }
}

/** Rows made elsewhere (tests, a caller's own fold) in the review's form. */
export function reviewRowsOf(rows: readonly FoldedAction[]): PackedReviewRows {
  const made = new PackedReviewRows();
  for (const row of rows) made.push(row);
  return made;
}

/** Adds a verified chain's rows to a review's (one made by reviewSources: PackedReviewRows). */
export function appendRows(rows: ReviewRows, result: ChainResult): void {
  if (!(rows instanceof PackedReviewRows)) throw new Error('a review\'s rows are not a PackedReviewRows');
  rows.append(result);
}
