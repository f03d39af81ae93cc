import { describe, expect, it } from 'vitest';
import { trackAction, type TrackerTiming } from '../../../../main/actions/action-tracker';
import type { ActionResult } from '../../../../main/actions/match-action-result';
import { silentLogger } from '../../../../main/base/logger';
import type { GraphClient } from '../../../../main/graph/graph-client';
import { GraphError } from '../../../../main/graph/graph-error';
import { createFakeClock } from '../../../support/fake-clock';

const timing: TrackerTiming = { firstDelayMs: 1_000, factor: 2, maxDelayMs: 8_000, giveUpAfterMs: 60_000, unknownGiveUpAfterMs: 60_000, clockSkewMs: 0 };

function graphAnswering(answers: Array<string | Error>, startMs: number) {
  let polls = 0;
  const graph = {
    async getDeviceActionResults() {
      const answer = answers[Math.min(polls++, answers.length - 1)];
      if (answer instanceof Error) throw answer;
      const results = answer === 'none' ? [] : [{ actionName: 'resetPasscode', actionState: answer, startDateTime: new Date(startMs).toISOString() }];
      return { results, requestId: `poll-${polls}` };
    },
  } as unknown as GraphClient;
  return { graph, polls: () => polls };
}

type End = Awaited<ReturnType<typeof trackAction>>;

async function run(answers: Array<string | Error>, timingOverride: Partial<TrackerTiming> = {}, job: { accepted?: boolean; requestedAgoMs?: number } = {}) {
  const clock = createFakeClock();
  const { graph, polls } = graphAnswering(answers, clock.now());
  const seen: ActionResult['state'][] = [];
  const gone: string[] = [];
  const waits: number[] = [];
  const end = trackAction(
    { graph, clock, timing: { ...timing, ...timingOverride }, logger: silentLogger },
    { actionId: 'a1', deviceId: 'd1', requestedAtMs: clock.now() - (job.requestedAgoMs ?? 0), accepted: job.accepted ?? true, actionName: 'resetPasscode' },
    { onResult: async (r) => void seen.push(r.state), onDeviceGone: async (m) => void gone.push(m) },
    new AbortController().signal,
  );
  let result: End | undefined;
  end.then((r) => (result = r));
  while (result === undefined) {
    await clock.settle();
    if (result !== undefined) break;
    waits.push(clock.pending()[0] ?? -1);
    await clock.next();
  }
  return { end: result, seen, gone, waits, polls: polls() };
}

describe('action tracker', () => {
  it('polls fast at first, then slower, up to a bound, until a terminal state', async () => {
    const { end, seen, waits } = await run(['none', 'pending', 'pending', 'active', 'active', 'active', 'done']);
    expect(end).toBe('terminal');
    expect(seen).toEqual(['pending', 'pending', 'active', 'active', 'active', 'done']);
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000, 8_000]);
  });

  it.each(['failed', 'notSupported', 'canceled'])('stops at %s', async (state) => {
    const { end, seen } = await run(['pending', state]);
    expect(end).toBe('terminal');
    expect(seen.at(-1)).toBe(state);
  });

  it('keeps going through transient errors', async () => {
    const busy = new GraphError({ failure: 'http', status: 503, message: 'busy' });
    const { end, seen } = await run([busy, busy, 'done']);
    expect(end).toBe('terminal');
    expect(seen).toEqual(['done']);
  });

  it('reports a device deleted while it was followed', async () => {
    const { end, gone } = await run([new GraphError({ failure: 'http', status: 404, message: 'gone' })]);
    expect(end).toBe('device-gone');
    expect(gone).toEqual(['This device no longer exists in Intune. Refresh the list; if it was re-enrolled it has a new entry.']);
  });

  it('gives up after its time limit, counted from the request', async () => {
    const { end, polls } = await run(['pending'], { giveUpAfterMs: 20_000 });
    expect(end).toEqual({ gaveUp: true, seenResult: true });
    expect(polls).toBe(4); // at 1, 3, 7 and 15 s; the next would be past 20 s
  });

  it('gives up sooner on an unknown outcome Intune never showed, and says it saw nothing', async () => {
    const { end, polls } = await run(['none'], { giveUpAfterMs: 600_000, unknownGiveUpAfterMs: 20_000 }, { accepted: false });
    expect(end).toEqual({ gaveUp: true, seenResult: false });
    expect(polls).toBe(4);
  });

  it('an unknown outcome that shows up gets the full time', async () => {
    const { end, polls } = await run(['none', 'pending'], { giveUpAfterMs: 60_000, unknownGiveUpAfterMs: 5_000 }, { accepted: false });
    expect(end).toEqual({ gaveUp: true, seenResult: true });
    expect(polls).toBe(9); // at 1, 3, 7, 15, 23, 31, 39, 47 and 55 s, not stopped at 5 s once a result showed
  });

  it('resumed after its time ran out, it looks once more, then ends: a restart never buys another day', async () => {
    const { end, polls } = await run(['pending'], { giveUpAfterMs: 20_000 }, { requestedAgoMs: 48 * 3_600_000 });
    expect(end).toEqual({ gaveUp: true, seenResult: true });
    expect(polls).toBe(1);
  });

  it('stops when told to', async () => {
    const clock = createFakeClock();
    const { graph } = graphAnswering(['pending'], clock.now());
    const stop = new AbortController();
    const end = trackAction(
      { graph, clock, timing, logger: silentLogger },
      { actionId: 'a1', deviceId: 'd1', requestedAtMs: clock.now(), accepted: true, actionName: 'resetPasscode' },
      { onResult: async () => undefined, onDeviceGone: async () => undefined },
      stop.signal,
    );
    await clock.next();
    stop.abort();
    await expect(end).resolves.toBe('stopped');
  });
});
