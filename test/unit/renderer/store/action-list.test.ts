import { describe, expect, it } from 'vitest';
import { filterActionList, mergeAction, mergeActions } from '../../../../renderer/store/action-list';
import { makeAction } from '../support/fixtures';

describe('merging action updates', () => {
  it('adds a new action and keeps the newest request first', () => {
    const older = makeAction({ actionId: 'a', requestedAt: '2026-11-24T09:00:00Z' });
    const newer = makeAction({ actionId: 'b', requestedAt: '2026-11-24T11:00:00Z' });
    expect(mergeActions([], [older, newer]).map((a) => a.actionId)).toEqual(['b', 'a']);
  });

  it('updates an action in place by id as its state moves on', () => {
    let list = [makeAction({ actionId: 'a' })];
    for (const [state, at] of [['accepted', '10:00:01'], ['pending', '10:00:05'], ['done', '10:01:00']] as const) {
      list = mergeAction(list, makeAction({ actionId: 'a', state, updatedAt: `2026-11-24T${at}.000Z` }));
    }
    expect(list).toHaveLength(1);
    expect(list[0]!.state).toBe('done');
  });

  it('ignores an update older than the one it holds', () => {
    const list = [makeAction({ state: 'pending', updatedAt: '2026-11-24T10:00:05.000Z' })];
    const stale = makeAction({ state: 'accepted', updatedAt: '2026-11-24T10:00:01.000Z' });
    expect(mergeAction(list, stale)[0]!.state).toBe('pending');
  });

  it('never moves a finished action back to a live state', () => {
    const list = [makeAction({ state: 'done', updatedAt: '2026-11-24T10:01:00.000Z' })];
    const late = makeAction({ state: 'pending', updatedAt: '2026-11-24T10:01:00.000Z' });
    expect(mergeAction(list, late)[0]!.state).toBe('done');
  });

  it('takes a change of passcode availability at the same time stamp', () => {
    const list = [makeAction({ state: 'done', passcodeAvailable: true })];
    expect(mergeAction(list, makeAction({ state: 'done', passcodeAvailable: false }))[0]!.passcodeAvailable).toBe(false);
  });
});

describe('filtering the actions log', () => {
  const list = [
    makeAction({ actionId: 'a', deviceName: 'DEMO-IOS-17', state: 'done', ticket: 'INC-1' }),
    makeAction({ actionId: 'b', deviceName: 'DEMO-AE-COPE-13', state: 'failed', ticket: null, technicianUpn: 'priya@contoso.com' }),
  ];
  it('by state', () => expect(filterActionList(list, { state: 'failed', text: '' }).map((a) => a.actionId)).toEqual(['b']));
  it('by device, ticket or technician, ignoring case', () => {
    expect(filterActionList(list, { state: 'all', text: 'cope' }).map((a) => a.actionId)).toEqual(['b']);
    expect(filterActionList(list, { state: 'all', text: 'inc-1' }).map((a) => a.actionId)).toEqual(['a']);
    expect(filterActionList(list, { state: 'all', text: 'PRIYA' }).map((a) => a.actionId)).toEqual(['b']);
  });
});
