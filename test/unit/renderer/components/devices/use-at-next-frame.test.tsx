// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtNextFrame } from '../../../../../renderer/components/devices/use-at-next-frame';

// The device table's rows follow the search results in the frame that paints them (issue 19): the frames
// are the test's to give (fake requestAnimationFrame), never real ones to wait for.
let renders = 0;
function Shown({ value }: { value: string }) {
  const shown = useAtNextFrame(value);
  renders++;
  return <output>{shown}</output>;
}
const text = () => document.querySelector('output')!.textContent;

describe('a value shown as of the next frame', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    renders = 0;
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows the first value at once', () => {
    render(<Shown value="first" />);
    expect(text()).toBe('first');
  });

  it('keeps the old value in the task that changed it, and is in the document when the next frame lays out', () => {
    const { rerender } = render(<Shown value="all devices" />);
    rerender(<Shown value="ipad" />);
    expect(text()).toBe('all devices');
    // A frame callback asked for after the change runs after ours, still before the frame is laid out and painted.
    let inFrame: string | null = null;
    requestAnimationFrame(() => (inFrame = text()));
    act(() => vi.advanceTimersToNextFrame());
    expect(inFrame).toBe('ipad');
    expect(text()).toBe('ipad');
  });

  it('catches up once per frame, to the last of several changes', () => {
    const { rerender } = render(<Shown value="i" />);
    rerender(<Shown value="ip" />);
    rerender(<Shown value="ipa" />);
    rerender(<Shown value="ipad" />);
    const before = renders;
    act(() => vi.advanceTimersToNextFrame());
    expect(text()).toBe('ipad');
    expect(renders - before).toBe(1);
    // Nothing more is asked for once caught up.
    act(() => vi.advanceTimersToNextFrame());
    expect(renders - before).toBe(1);
  });

  it('asks for nothing when the value comes back before the frame', () => {
    const { rerender } = render(<Shown value="all devices" />);
    rerender(<Shown value="ipad" />);
    rerender(<Shown value="all devices" />);
    const before = renders;
    act(() => vi.advanceTimersToNextFrame());
    expect(text()).toBe('all devices');
    expect(renders).toBe(before);
  });
});
