import type { Tracked } from '../../shared/log/folded-action';
import type { PackedPiece } from './packed-piece';

/**
 * A chain's rows as a review holds them until it answers: runs of row objects
 * (what this thread folded, joined or read from the cache) and pieces a worker
 * thread sent, kept packed (packed-piece.ts). A piece's rows keep their places;
 * joining stretches may replace one of them by the joined row (`joined`) or
 * leave one out (`skip`: its action's row is in an earlier stretch).
 */
export interface KeptPiece {
  piece: PackedPiece;
  skip: Uint8Array | null;
  joined: Map<number, Tracked> | null;
}
export type RowBlock = Tracked[] | KeptPiece;

export const isKeptPiece = (block: RowBlock): block is KeptPiece => !Array.isArray(block);

/** What holds a chain's rows: a ChainResult (chain-verifier.ts). */
export interface WithRows {
  tracked: Tracked[];
  more?: RowBlock[];
}

/** A chain's rows in order: its own `tracked` first, then the blocks after them. */
export function blocksOf(result: WithRows): RowBlock[] {
  return result.more === undefined || result.more.length === 0 ? [result.tracked] : [result.tracked, ...result.more];
}

/** A piece kept whole, as a worker sent it. */
export const keptWhole = (piece: PackedPiece): KeptPiece => ({ piece, skip: null, joined: null });

/** Each row of a block that is shown (not left out), with its place in the block. */
export function* rowsOfBlock(block: RowBlock): Generator<[number, Tracked | null]> {
  if (!isKeptPiece(block)) {
    for (let r = 0; r < block.length; r++) yield [r, block[r]!];
    return;
  }
  for (let r = 0; r < block.piece.count; r++) if (block.skip?.[r] !== 1) yield [r, block.joined?.get(r) ?? null];
}

/** Every row of a chain as an object, in order (the cache writes them; a test compares them). */
export function* trackedOf(result: WithRows): Generator<Tracked> {
  for (const block of blocksOf(result)) {
    for (const [r, tracked] of rowsOfBlock(block)) yield tracked ?? (block as KeptPiece).piece.tracked(r);
  }
}
