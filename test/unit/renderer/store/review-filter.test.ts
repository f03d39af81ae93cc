import { describe, expect, it } from 'vitest';
import { reviewFilterSchema } from '../../../../shared/review/review';
import { emptyReviewFilter, toReviewFilter } from '../../../../renderer/store/review-filter';

describe('the review filter form', () => {
  it('leaves out empty fields', () => {
    expect(toReviewFilter(emptyReviewFilter)).toEqual({});
  });

  it('turns a day range into instants that include the whole last day, and passes the contract', () => {
    const filter = toReviewFilter({ ...emptyReviewFilter, from: '2026-11-01', to: '2026-11-03', state: 'done', technician: ' alex ' });
    expect(filter.technician).toBe('alex');
    expect(filter.states).toEqual(['done']);
    expect(Date.parse(filter.to!) - Date.parse(filter.from!)).toBe(3 * 24 * 3600_000);
    expect(new Date(filter.from!).getHours()).toBe(0);
    expect(reviewFilterSchema.safeParse(filter).success).toBe(true);
  });

  it('asks for one kind of action only when one is chosen', () => {
    expect(toReviewFilter({ ...emptyReviewFilter, action: 'syncDevice' })).toEqual({ actions: ['syncDevice'] });
    expect(toReviewFilter({ ...emptyReviewFilter, action: 'all' })).toEqual({});
    expect(reviewFilterSchema.safeParse({ actions: ['wipe'] }).success).toBe(false);
  });

  it('ignores a half-typed date', () => {
    expect(toReviewFilter({ ...emptyReviewFilter, from: '2026-1' })).toEqual({});
  });
});
