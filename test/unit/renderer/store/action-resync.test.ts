// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../../shared/result';
import { resyncEveryMs, startActionResync } from '../../../../renderer/store/action-resync';
import { useStore } from '../../../../renderer/store/store';
import { makeAction } from '../support/fixtures';
import { setupStore } from '../support/render-setup';

const signedIn = { status: 'signedIn', account: null, mode: 'demo', tokenStorage: 'memory', problem: null, revision: 1 } as const;

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
afterEach(() => vi.useRealTimers());

describe('re-reading unfinished actions', () => {
  it('catches up with a state whose event was lost, then stops once the action is finished', async () => {
    const fake = setupStore({ listActions: () => ok([makeAction({ state: 'done', updatedAt: '2026-11-24T10:01:00.000Z' })]) });
    useStore.setState({ session: signedIn, actions: [makeAction({ state: 'pending' })], actionsStatus: 'ready' });
    const stop = startActionResync();
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(resyncEveryMs);
    expect(fake.callsTo('listActions')).toHaveLength(1);
    expect(useStore.getState().actions[0]!.state).toBe('done');
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });

  it('does nothing while every action is finished', () => {
    setupStore();
    useStore.setState({ session: signedIn, actions: [makeAction({ state: 'failed' })] });
    const stop = startActionResync();
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });
});
