import type { FoldedState } from '../../../shared/log/folded-action';

/** The chart's four colours: what an admin asks of a day is "how many worked, how many did not". */
export const outcomeGroups = ['done', 'failed', 'inProgress', 'other'] as const;
export type OutcomeGroup = (typeof outcomeGroups)[number];

const groupOf: Record<FoldedState, OutcomeGroup> = {
  done: 'done',
  failed: 'failed',
  notSupported: 'failed',
  refused: 'failed',
  requested: 'inProgress',
  accepted: 'inProgress',
  unknown: 'inProgress',
  pending: 'inProgress',
  active: 'inProgress',
  canceled: 'other',
  // Ended without a known outcome: neither a success nor a failure an admin could count.
  unresolved: 'other',
  closed: 'other',
};

export interface DayTotals {
  day: string;
  total: number;
  groups: Record<OutcomeGroup, number>;
}

/** Per-day counts by last state (as main sends them) folded into outcome groups; unknown states count as other. */
export function groupDays(perDay: ReadonlyArray<{ day: string; counts: Record<string, number> }>): DayTotals[] {
  return perDay.map(({ day, counts }) => {
    const groups: Record<OutcomeGroup, number> = { done: 0, failed: 0, inProgress: 0, other: 0 };
    let total = 0;
    for (const [state, count] of Object.entries(counts)) {
      groups[groupOf[state as FoldedState] ?? 'other'] += count;
      total += count;
    }
    return { day, total, groups };
  });
}
