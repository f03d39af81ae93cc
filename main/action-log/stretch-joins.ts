import { startChainJoin, type ChainJoin } from './chain-join';
import type { ChainResult } from './chain-verifier';

/**
 * The joins of every chain of a threaded review, fed as stretches finish, in
 * whatever order the threads finish them. A chain's stretches are joined in
 * chain order as soon as each one and all before it are in: the join of the
 * early stretches runs (a slice at a time, on the calling thread) while the
 * other threads verify the later ones, so only the last, small stretch is
 * left to join when every thread is done. Before, all joining waited for the
 * last stretch, with the other core idle.
 */
export interface StretchJoins {
  /** A stretch's result, by task index (tasks numbered chain after chain, each chain's in order). */
  settled(index: number, result: ChainResult): void;
  /** Resolves when every stretch handed in so far is joined (or the join step threw: rejects). */
  idle(): Promise<void>;
  /** Chain `chain`'s joined review, or null: not all its stretches came in, or they do not join (read it again in one pass). */
  result(chain: number): ChainResult | null;
}

interface OneChain {
  join: ChainJoin;
  firstTask: number;
  count: number;
  added: number;
}

/** `counts[c]`: how many stretches chain c was cut into (its tasks follow those of chain c - 1). */
export function createStretchJoins(ids: readonly string[], counts: readonly number[], pause: () => Promise<void>): StretchJoins {
  const chains: OneChain[] = [];
  const chainOfTask: OneChain[] = [];
  for (const [c, count] of counts.entries()) {
    const one = { join: startChainJoin(ids[c]!, count), firstTask: chainOfTask.length, count, added: 0 };
    chains.push(one);
    for (let i = 0; i < count; i++) chainOfTask.push(one);
  }
  const waiting = new Map<number, ChainResult>();
  let joining = Promise.resolve();

  async function joinWhatIsReady(one: OneChain): Promise<void> {
    while (one.added < one.count && waiting.has(one.firstTask + one.added)) {
      const index = one.firstTask + one.added;
      const part = waiting.get(index)!;
      waiting.delete(index);
      one.added++;
      await one.join.addSliced(part, pause);
    }
  }

  return {
    settled(index, result) {
      const one = chainOfTask[index];
      if (one === undefined) return;
      waiting.set(index, result);
      joining = joining.then(() => joinWhatIsReady(one));
    },
    idle: () => joining,
    result: (chain) => chains[chain]?.join.result() ?? null,
  };
}
