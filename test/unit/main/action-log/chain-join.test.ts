import { describe, expect, it } from 'vitest';
import { joinStretches, joinStretchesSliced } from '../../../../main/action-log/chain-join';
import type { ChainResult } from '../../../../main/action-log/chain-verifier';
import { createFolder, joinFolded, type Tracked } from '../../../../shared/log/folded-action';
import { plainStretch, row } from './support/stretch-fixtures';
import type { ActionEntry } from '../../../../shared/log/log-entry';

// Joining the stretches of a big chain runs on the calling thread (in the app, Electron's main process):
// the sliced join must give the very same chain, and let the event loop run while it works.
const technician = { upn: 'tech@contoso.example', objectId: 'o-1' };
const device = { id: 'dev-1', name: 'IPAD-1' };
const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A clean stretch of `count` actions from `firstAction` on, two entries each, starting at sequence number `firstSeq`. */
function stretch(firstAction: number, count: number, firstSeq: number, file: string): ChainResult {
  const folder = createFolder('chain-1');
  let seq = firstSeq;
  for (const type of ['requested', 'accepted'] as const) {
    for (let n = firstAction; n < firstAction + count; n++) {
      const entry = { v: 2, seq, time: '2026-05-01T10:00:00.000Z', prev: '0'.repeat(64), type, actionId: idOf(n), technician, tenantId: 't-1', device, ticket: `INC-${n}` } as ActionEntry;
      folder.add(entry, { file, line: seq - firstSeq + 1 });
      seq++;
    }
  }
  const lastSeq = seq - 1;
  return {
    chain: { id: 'chain-1', installId: 'i-1', machineName: 'PC-1', fingerprints: [], technicians: [technician.upn], firstTime: '2026-05-01T10:00:00.000Z', lastTime: '2026-05-01T10:00:00.000Z', entries: lastSeq - firstSeq + 1, firstSeq, lastSeq, fromGenesis: firstSeq === 1, integrity: { status: 'verified' }, findingCount: 0, lacks: [], files: [file] },
    files: [{ path: file, chain: 'chain-1', copyOf: null, integrity: { status: 'verified' }, entries: lastSeq - firstSeq + 1, headers: 0, lines: lastSeq - firstSeq + 1, findings: [], findingCount: 0 }],
    tracked: folder.tracked(),
    keys: [],
    edges: { first: { seq: firstSeq, prev: 'p', legacy: false }, last: { seq: lastSeq, hash: `h${lastSeq}`, rawHash: `h${lastSeq}` } },
  };
}

function meetingStretches(): ChainResult[] {
  const first = stretch(0, 5_000, 1, 'a.jsonl');
  // The second stretch goes on from the first (next sequence number, prev the first's last hash) and carries on 100 of its actions.
  const second = stretch(4_900, 5_000, first.chain.lastSeq! + 1, 'b.jsonl');
  second.edges.first = { seq: first.chain.lastSeq! + 1, prev: first.edges.last!.rawHash, legacy: false };
  return [first, second];
}

describe('joining the stretches of a chain', () => {
  it('joins sliced exactly as in one go, rows that go on from one stretch to the next included', async () => {
    const whole = joinStretches('chain-1', meetingStretches());
    const sliced = await joinStretchesSliced('chain-1', meetingStretches(), async () => undefined);
    expect(sliced).toEqual(whole);
    expect(whole!.tracked).toHaveLength(9_900);
    expect(whole!.tracked.find((t) => t.row.actionId === idOf(4_950))!.row.entryCount).toBe(4);
  });

  it('lets the event loop run every few thousand rows', async () => {
    let turns = 0;
    let ticking = true;
    const tick = () => {
      if (!ticking) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    let pauses = 0;
    await joinStretchesSliced('chain-1', meetingStretches(), () =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          pauses++;
          resolve();
        }),
      ),
    );
    ticking = false;
    expect(pauses).toBe(2); // 10,000 rows, a pause after each 4,096
    expect(turns).toBeGreaterThanOrEqual(pauses);
  });

  it('does not join stretches that do not meet', async () => {
    const [first, second] = meetingStretches();
    second!.edges.first = { ...second!.edges.first!, prev: 'someone else' };
    expect(await joinStretchesSliced('chain-1', [first!, second!], async () => undefined)).toBeNull();
  });
});

// Stretches of one chain, each starting on the line after the one before: the join must fold their rows as one pass would.

/** What one pass gives: every action in the order first seen, each folded left to right over the stretches. */
function onePass(parts: ChainResult[]): Tracked[] {
  const rows = new Map<string, Tracked>();
  for (const part of parts) for (const t of part.tracked) rows.set(t.row.actionId, rows.has(t.row.actionId) ? joinFolded(rows.get(t.row.actionId)!, t) : t);
  return [...rows.values()];
}

describe('joining stretches of a chain: which rows fold together', () => {
  it('folds an action met in several stretches in order, keeps first-seen order, and leaves the rest as they were', () => {
    const parts = [
      plainStretch(1, 10, [row('A', 1, { requestedAt: '2026-01-01T00:00:01.000Z', ticket: 'INC-A' }), row('B', 2), row('C', 3)]),
      plainStretch(11, 20, [row('D', 11), row('A', 12, { lastState: 'active' })]),
      plainStretch(21, 30, [row('C', 21, { lastState: 'done' }), row('A', 22, { lastState: 'done', findings: ['unsealed'] }), row('D', 23, { lastState: 'failed' }), row('E', 24)]),
    ];
    const joined = joinStretches('c-1', parts)!;
    expect(joined.tracked).toEqual(onePass(parts));
    expect(joined.tracked.map((t) => t.row.actionId)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(joined.tracked.find((t) => t.row.actionId === 'A')!.row).toMatchObject({ ticket: 'INC-A', lastState: 'done', entryCount: 3, findings: ['unsealed'] });
    // A row only the first stretch names is the very row it folded.
    expect(joined.tracked[1]).toBe(parts[0]!.tracked[1]);
    // The stretches' own rows are not changed by the join.
    expect(parts[0]!.tracked[0]!.row.lastState).toBe('pending');
  });

  it('refuses stretches that do not meet, so the chain is read again in one pass', () => {
    expect(joinStretches('c-1', [plainStretch(1, 10, [row('A', 1)]), plainStretch(12, 20, [row('B', 12)])])).toBeNull();
  });
});
