// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useHideCountdown } from '../../../../renderer/hooks/use-hide-countdown';

// The fake timers move Date.now too: every second the countdown shows is one the test moved.
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 30, 8));
});
afterEach(() => vi.useRealTimers());

describe('useHideCountdown', () => {
  it('shows the whole seconds left, counts down each second, and hides the passcode at the time, once', () => {
    const hide = vi.fn();
    const hideAt = Date.now() + 60_000;
    const { result } = renderHook(() => useHideCountdown(hideAt, hide));
    expect(result.current).toBe(60);
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current).toBe(59);
    act(() => vi.advanceTimersByTime(58_000));
    expect(result.current).toBe(1);
    expect(hide).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1_000));
    expect(hide).toHaveBeenCalledTimes(1);
    expect(result.current).toBe(0);
  });

  it('rounds a part second up, so it never shows 0 while the passcode is still on screen', () => {
    const hideAt = Date.now() + 1_500;
    const { result } = renderHook(() => useHideCountdown(hideAt, () => {}));
    expect(result.current).toBe(2);
  });

  it('hides at once when the time has already passed, and never counts below zero', () => {
    const hide = vi.fn();
    const hideAt = Date.now() - 5_000;
    const { result } = renderHook(() => useHideCountdown(hideAt, hide));
    act(() => vi.advanceTimersByTime(0));
    expect(hide).toHaveBeenCalledTimes(1);
    expect(result.current).toBe(0);
  });

  it('nothing on screen: no countdown and no hide; unmounting cancels a pending hide', () => {
    const hide = vi.fn();
    const idle = renderHook(() => useHideCountdown(null, hide));
    expect(idle.result.current).toBe(0);
    const hideAt = Date.now() + 10_000;
    const shown = renderHook(() => useHideCountdown(hideAt, hide));
    shown.unmount();
    act(() => vi.advanceTimersByTime(20_000));
    expect(hide).not.toHaveBeenCalled();
  });
});
