import { useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * `latest`, as of the next frame: the value catches up inside that frame's
 * animation callbacks, just before the frame is laid out and painted, and
 * never in the task that changed it (issue 19, typing while the list loads;
 * docs/benchmarks.md "Issue 19 session 9").
 *
 * Why: the device table's rows were rewritten inside the keystroke's own
 * input event, and the text field then laid out the whole document again to
 * place its caret (a trace counted 219 ms of the 329 ms of layout in a
 * 100,000-device load inside keystrokes' `textInput`); a refresh while the
 * list streamed in left the table to be laid out by whichever keystroke came
 * before the next frame. Rewritten in the frame, the rows are laid out once,
 * by the frame that paints them, and a keystroke's task holds the search and
 * the search box only. The rows still reach the screen in the very frame
 * that would have painted them: the catch-up runs before that frame's layout.
 *
 * Several changes before one frame make one catch-up, to the last of them. A
 * hidden window runs no frame; it catches up when shown, before its first paint.
 */
export function useAtNextFrame<T>(latest: T): T {
  const [shown, setShown] = useState(latest);
  // A layout effect: asked for in the same task as the change, so the next frame is never missed.
  useLayoutEffect(() => {
    if (Object.is(shown, latest)) return undefined;
    if (typeof requestAnimationFrame !== 'function') {
      setShown(() => latest);
      return undefined;
    }
    // flushSync: rendered and committed inside the callback, so this frame lays out and paints it.
    const frame = requestAnimationFrame(() => flushSync(() => setShown(() => latest)));
    return () => cancelAnimationFrame(frame);
  }, [latest, shown]);
  return shown;
}
