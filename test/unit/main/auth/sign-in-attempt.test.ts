import { describe, expect, it } from 'vitest';
import { SignInAttempt, SignInEndedError } from '../../../../main/auth/sign-in-attempt';
import { createFakeClock } from '../../../support/fake-clock';

describe('SignInAttempt', () => {
  it('stops waiting as soon as it is ended, and runs the flow’s stoppers', async () => {
    const attempt = new SignInAttempt();
    const stopped: string[] = [];
    attempt.onEnd(() => stopped.push('listener'));
    const waiting = attempt.run(new Promise<string>(() => undefined));

    attempt.end('cancelled');

    await expect(waiting).rejects.toEqual(new SignInEndedError('cancelled'));
    expect(stopped).toEqual(['listener']);
    attempt.onEnd(() => stopped.push('late'));
    expect(stopped).toEqual(['listener', 'late']);
  });

  it('passes the flow’s own result or failure through while it is not ended', async () => {
    await expect(new SignInAttempt().run(Promise.resolve(42))).resolves.toBe(42);
    await expect(new SignInAttempt().run(Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });

  it('ends with a timeout when the limit passes first on the app’s clock, not a moment before', async () => {
    const clock = createFakeClock();
    const attempt = new SignInAttempt();
    attempt.limit(5 * 60_000, clock);
    const waiting = attempt.run(new Promise<never>(() => undefined));
    let settled = false;
    waiting.catch(() => (settled = true));
    await clock.advance(5 * 60_000 - 1);
    expect(settled).toBe(false);
    expect(attempt.ended).toBeNull();
    await clock.advance(1);
    await expect(waiting).rejects.toEqual(new SignInEndedError('timeout'));
    expect(attempt.ended).toBe('timeout');
  });

  it('drops its time limit once the flow settles or is cancelled', async () => {
    const clock = createFakeClock();
    const done = new SignInAttempt();
    done.limit(1000, clock);
    await expect(done.run(Promise.resolve('signed in'))).resolves.toBe('signed in');
    const cancelled = new SignInAttempt();
    cancelled.limit(1000, clock);
    const waiting = cancelled.run(new Promise<never>(() => undefined));
    cancelled.end('cancelled');
    await expect(waiting).rejects.toEqual(new SignInEndedError('cancelled'));
    await clock.settle();
    expect(clock.pending()).toEqual([]);
    expect(cancelled.ended).toBe('cancelled');
  });
});
