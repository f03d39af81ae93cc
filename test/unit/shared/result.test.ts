import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assertNever, err, ok, resultSchema } from '../../../shared/result';

describe('result values', () => {
  it('an error carries detail only when given one, so it crosses IPC with no undefined field', () => {
    expect(err('not_found', 'gone')).toEqual({ ok: false, error: { code: 'not_found', message: 'gone' } });
    expect('detail' in (err('not_found', 'gone') as { error: object }).error).toBe(false);
    expect(err('throttled', 'wait', { retryAfterS: 5 })).toEqual({ ok: false, error: { code: 'throttled', message: 'wait', detail: { retryAfterS: 5 } } });
  });

  it("an answer's envelope checks the value's shape and accepts only known error codes", () => {
    const schema = resultSchema(z.object({ n: z.number() }));
    expect(schema.safeParse(ok({ n: 1 })).success).toBe(true);
    expect(schema.safeParse(ok({ n: '1' })).success).toBe(false);
    expect(schema.safeParse(err('internal', 'x')).success).toBe(true);
    expect(schema.safeParse({ ok: false, error: { code: 'made_up', message: 'x' } }).success).toBe(false);
    expect(schema.safeParse({ ok: true }).success).toBe(false);
  });

  it('assertNever names what it met', () => {
    expect(() => assertNever('sideways' as never, 'state')).toThrow('Unexpected state: "sideways"');
  });
});
