import { describe, expect, it } from 'vitest';
import { createChainChecker, type ChainLink, type Findings } from '../../../../main/action-log/chain-checker';
import type { Authenticity } from '../../../../main/action-log/key-ring';
import { GENESIS_HASH } from '../../../../shared/log/log-entry';
import type { LogFinding } from '../../../../shared/log/log-finding';

// The checker reads only seq, prev and the hashes; the rest of a line does not matter here.
// Format-1 lines (each with its own hash and signature) unless a test says otherwise.
const hashOf = (seq: number) => seq.toString(16).padStart(64, '0');
const line = (seq: number, prev = seq === 1 ? GENESIS_HASH : hashOf(seq - 1), hash = hashOf(seq), legacy = true): ChainLink => ({ seq, prev, hash, rawHash: hash, legacy });
const forged = (seq: number, prev: string) => line(seq, prev, 'f'.repeat(64));
const v2 = (seq: number, prev?: string) => line(seq, prev, undefined, false);

function run(lines: Array<ChainLink | [ChainLink, Authenticity]>) {
  const list: LogFinding[] = [];
  const findings: Findings = {
    add: (kind, where, say) => (list.push({ kind, ...where, say }), list.at(-1)!),
    drop: (f) => void list.splice(list.indexOf(f), 1),
  };
  const chain = createChainChecker(findings);
  lines.forEach((item, i) => {
    const [l, auth] = Array.isArray(item) ? item : [item, 'ok' as const];
    const where = { file: 'f', line: i + 1 };
    chain.check(l, where, auth, auth === 'ok' ? null : findings.add(auth, where, { code: 'badSignature', params: {} }));
  });
  return { found: list.map((f) => [f.kind, f.line]), chain, list };
}

describe('chain checker', () => {
  it('passes an intact chain and says where it starts', () => {
    const { found, chain } = run([1, 2, 3].map((s) => line(s)));
    expect(found).toEqual([]);
    expect(chain.start()).toMatchObject({ seq: 1, fromGenesis: true });
    expect(chain.last()).toEqual({ seq: 3, hash: hashOf(3), rawHash: hashOf(3) });
  });

  it('a chain read from the middle (earlier files not reviewed) is not a finding', () => {
    const { found, chain } = run([line(40), line(41)]);
    expect(found).toEqual([]);
    expect(chain.start()).toMatchObject({ seq: 40, fromGenesis: false });
  });

  it('an entry moved far back: the gap it left is withdrawn when it turns up', () => {
    const { found } = run([1, 2, 4, 5, 6, 3, 7].map((s) => line(s)));
    expect(found).toEqual([['reordered', 6]]);
  });

  it('a gap only partly filled stays, with the count of what is still missing', () => {
    const { found, list } = run([1, 5, 3, 6].map((s) => line(s)));
    expect(found).toEqual([['deleted', 2], ['reordered', 3]]);
    expect(list[0]!.say).toEqual({ code: 'entriesMissing', params: { missing: '2', from: '2', to: '4' } });
  });

  it('a line that links elsewhere with the right number is a break', () => {
    expect(run([line(1), line(2), line(3, hashOf(9))]).found).toEqual([['deleted', 3]]);
  });

  it('an edited line keeps its place and the chain goes on after it', () => {
    expect(run([line(1), [line(2), 'edited'], line(3)]).found).toEqual([['edited', 2]]);
  });

  it('an unsigned line the next line links past was inserted, wherever it claims to be', () => {
    expect(run([line(1), line(2), [forged(3, hashOf(2)), 'bad-signature'], line(3)]).found).toEqual([['inserted', 3]]);
    expect(run([line(1), line(2), [forged(99, hashOf(2)), 'bad-signature'], line(3)]).found).toEqual([['inserted', 3]]);
    expect(run([line(1), line(2), [forged(99, hashOf(50)), 'bad-signature'], line(3)]).found).toEqual([['inserted', 3]]);
    expect(run([line(1), line(2), line(2)]).found).toEqual([['inserted', 3]]); // a plain copy
  });

  it('format 2: a line whose successor links to other content was edited; a gap is still a deletion', () => {
    expect(run([v2(1), v2(2), v2(3, hashOf(9)), v2(4)]).found).toEqual([['edited', 2]]);
    expect(run([v2(1), v2(2), v2(5, hashOf(9))]).found).toEqual([['deleted', 3]]);
  });

  it('a re-hashed chain without signatures stays in place, every line reported', () => {
    expect(run([line(1), [line(2), 'bad-signature'], [line(3), 'bad-signature']]).found).toEqual([['bad-signature', 2], ['bad-signature', 3]]);
  });
});
