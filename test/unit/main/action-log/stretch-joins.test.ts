import { describe, expect, it } from 'vitest';
import { joinStretches } from '../../../../main/action-log/chain-join';
import type { ChainResult } from '../../../../main/action-log/chain-verifier';
import { createStretchJoins } from '../../../../main/action-log/stretch-joins';
import { plainStretch, row } from './support/stretch-fixtures';

// A threaded review hands each stretch to the joins as soon as a thread is done with it, in whatever order
// the threads finish: each chain must be joined in chain order, as early as it can be, to what joining all
// its stretches at once gives; and a stretch that cannot be joined must leave the chain to one pass.

/** Stretch k of a chain: 5,000 actions of its own, and action `${chain}-0` (first seen in stretch 0) carried on. */
function stretchOf(chain: string, k: number): ChainResult {
  const from = k * 10_000 + 1;
  const rows = Array.from({ length: 5_000 }, (_, i) => row(`${chain}-${k}-${i}`, from + i));
  if (k > 0) rows.push(row(`${chain}-0-0`, from + 5_000, { lastState: k === 2 ? 'done' : 'active' }));
  return plainStretch(from, (k + 1) * 10_000, rows);
}
const threeOf = (chain: string) => [0, 1, 2].map((k) => stretchOf(chain, k));

/** Joins with a pause that counts how often the join let the event loop run: a join that did work paused. */
function counted(ids: string[], counts: number[]) {
  const pauses = { count: 0 };
  const joins = createStretchJoins(ids, counts, async () => void pauses.count++);
  return { joins, pauses };
}

describe('joining stretches as the threads finish them', () => {
  it('joins a stretch as soon as it and every stretch before it are in, not when all are done', async () => {
    const { joins, pauses } = counted(['one'], [3]);
    const [first, second, third] = threeOf('one');
    joins.settled(1, second!); // before the first: nothing it can be joined to yet
    await joins.idle();
    expect(pauses.count).toBe(0);
    joins.settled(0, first!); // now the first and the second are joined, while the third is still being verified
    await joins.idle();
    expect(pauses.count).toBe(2); // 5,000 and 5,001 rows, a pause after each 4,096
    expect(joins.result(0)).toBeNull(); // not whole yet
    joins.settled(2, third!);
    await joins.idle();
    expect(pauses.count).toBe(3);
    expect(joins.result(0)).toEqual(joinStretches('one', threeOf('one')));
    expect(joins.result(0)!.tracked.find((t) => t.row.actionId === 'one-0-0')!.row).toMatchObject({ lastState: 'done', entryCount: 3 });
  });

  it('keeps chains apart when their stretches come in mixed', async () => {
    const { joins } = counted(['one', 'two'], [3, 3]);
    const [one, two] = [threeOf('one'), threeOf('two')];
    for (const [index, part] of [
      [4, two[1]],
      [0, one[0]],
      [3, two[0]],
      [5, two[2]],
      [2, one[2]],
      [1, one[1]],
    ] as const)
      joins.settled(index, part!);
    await joins.idle();
    expect(joins.result(0)).toEqual(joinStretches('one', threeOf('one')));
    expect(joins.result(1)).toEqual(joinStretches('two', threeOf('two')));
    expect(joins.result(1)!.tracked).toHaveLength(15_000);
  });

  it('gives no chain when a stretch before the last has a finding, so the review reads the chain again in one pass', async () => {
    const { joins } = counted(['one'], [3]);
    const parts = threeOf('one');
    parts[1]!.chain.findingCount = 1;
    parts.forEach((part, index) => joins.settled(index, part));
    await joins.idle();
    expect(joins.result(0)).toBeNull();
  });

  it('gives no chain when a stretch does not go on from the one before it', async () => {
    const { joins } = counted(['one'], [3]);
    const parts = threeOf('one');
    parts[2]!.edges.first = { ...parts[2]!.edges.first!, prev: 'another chain' };
    parts.forEach((part, index) => joins.settled(index, part));
    await joins.idle();
    expect(joins.result(0)).toBeNull();
  });

  it('gives a chain of one stretch as it was verified, findings and all', async () => {
    const { joins } = counted(['one'], [1]);
    const only = stretchOf('one', 0);
    only.chain.findingCount = 2;
    joins.settled(0, only);
    await joins.idle();
    expect(joins.result(0)).toBe(only);
  });
});
