import { useLayoutEffect, useState } from 'react';

/**
 * The countdown of a passcode on screen: calls `hide` at `hideAt` and returns
 * the whole seconds left, refreshed every second. A layout effect, so the first
 * frame after a reveal already shows the full time rather than a stale clock.
 */
export function useHideCountdown(hideAt: number | null, hide: () => void): number {
  const [now, setNow] = useState(() => Date.now());
  useLayoutEffect(() => {
    if (hideAt === null) return;
    setNow(Date.now());
    const timer = setTimeout(hide, Math.max(0, hideAt - Date.now()));
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearTimeout(timer);
      clearInterval(tick);
    };
  }, [hideAt, hide]);
  return hideAt === null ? 0 : Math.max(0, Math.ceil((hideAt - now) / 1000));
}
