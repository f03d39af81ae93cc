import { describe, expect, it } from 'vitest';
import { groupDays } from '../../../../../renderer/components/review/outcome-groups';

describe('the per-day chart groups', () => {
  it('count "not supported" on its own, not as failed: Intune accepted those and the device could not carry them out', () => {
    const [day] = groupDays([{ day: '2026-11-29', counts: { done: 3, failed: 1, notSupported: 2, pending: 1, canceled: 1 } }]);
    expect(day).toEqual({ day: '2026-11-29', total: 8, groups: { done: 3, failed: 1, notSupported: 2, inProgress: 1, other: 1 } });
  });
});
