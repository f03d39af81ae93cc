/**
 * Runs `callback` once the next frame has been painted: a rAF callback runs just before the
 * frame is painted, and a task queued from it runs after. A hidden window paints no frame
 * (its rAF waits until it is shown again), so there it runs as soon as the window is hidden.
 */
export function afterNextPaint(callback: () => void): void {
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    document.removeEventListener('visibilitychange', whenHidden);
    callback();
  };
  const whenHidden = () => {
    if (document.visibilityState === 'hidden') setTimeout(run, 0);
  };
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(run, 0);
    return;
  }
  document.addEventListener('visibilitychange', whenHidden);
  whenHidden();
  requestAnimationFrame(() => setTimeout(run, 0));
}
