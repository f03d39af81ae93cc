import { describe, expect, it } from 'vitest';
import { joinStretches } from '../../../../main/action-log/chain-join';
import type { ChainResult } from '../../../../main/action-log/chain-verifier';
import { PackedPiece, type ColumnsPiece } from '../../../../main/action-log/packed-piece';
import { keptWhole, trackedOf } from '../../../../main/action-log/row-blocks';
import { packTracked } from '../../../../main/action-log/tracked-wire';
import { plainStretch, row } from './support/stretch-fixtures';

// Stretches a worker verified come with their rows packed; the join keeps them packed and makes only the rows
// of actions met in an earlier stretch. The chain must be the one a join of the same rows as objects gives.
function parts() {
  return [
    plainStretch(1, 10, [row('A', 1, { requestedAt: '2026-01-01T00:00:01.000Z', ticket: 'INC-A' }), row('B', 2), row('C', 3)]),
    plainStretch(11, 20, [row('D', 11), row('A', 12, { lastState: 'active' }), row('F', 13)]),
    plainStretch(21, 30, [row('C', 21, { lastState: 'done' }), row('A', 22, { lastState: 'done', findings: ['unsealed'] }), row('D', 23, { lastState: 'failed' }), row('E', 24)]),
  ];
}

/** The stretch as a worker's reply makes it: no row objects, one piece. */
const sentByWorker = (part: ChainResult): ChainResult => ({ ...part, tracked: [], more: [keptWhole(new PackedPiece(packTracked(part.tracked) as ColumnsPiece))] });

describe('joining stretches whose rows a worker sent packed', () => {
  it.each([
    ['the later stretches', [false, true, true]],
    ['the first and last', [true, false, true]],
    ['all of them', [true, true, true]],
  ])('joins to the same rows as objects when %s came packed', (_name, packed) => {
    const asObjects = joinStretches('c-1', parts())!;
    const joined = joinStretches('c-1', parts().map((part, i) => (packed[i] ? sentByWorker(part) : part)))!;
    expect([...trackedOf(joined)]).toEqual(asObjects.tracked);
    expect([...trackedOf(joined)].map((t) => t.row.actionId)).toEqual(['A', 'B', 'C', 'D', 'F', 'E']);
    expect(joined.more?.length).toBeGreaterThan(0); // the pieces were kept, not made into rows
  });

  it('joins a piece that an earlier join had already left rows out of (the cache joins a joined chain on)', () => {
    const [one, two, three] = parts().map(sentByWorker);
    const firstTwo = joinStretches('c-1', [one!, two!])!;
    const asObjects = joinStretches('c-1', parts())!;
    const all = joinStretches('c-1', [{ ...firstTwo, edges: { first: one!.edges.first, last: two!.edges.last } }, three!])!;
    expect([...trackedOf(all)]).toEqual(asObjects.tracked);
  });
});
