import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInAttempt, SignInEndedError } from '../../../../main/auth/sign-in-attempt';

afterEach(() => {
  vi.useRealTimers();
});

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

  it('ends with a timeout when the limit passes first', async () => {
    vi.useFakeTimers();
    const attempt = new SignInAttempt();
    attempt.limit(1000);
    const waiting = attempt.run(new Promise<never>(() => undefined));
    vi.advanceTimersByTime(1000);
    await expect(waiting).rejects.toEqual(new SignInEndedError('timeout'));
    expect(attempt.ended).toBe('timeout');
  });
});
