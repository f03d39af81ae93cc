// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../../../shared/result';
import { PasscodeReveal } from '../../../../../renderer/components/actions/PasscodeReveal';
import { useStore } from '../../../../../renderer/store/store';
import { setupStore } from '../../support/render-setup';

const secret = '482913';
// The passcode is shown grouped, one span per character: read it from the output as a whole.
const shownPasscode = () => (document.querySelector('output.passcode-value')?.textContent === secret ? true : null);

/** Lets the fake bridge's promise chain settle while timers are fake (microtasks are not faked). */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function reveal(answer = ok({ passcode: secret })) {
  const fake = setupStore({ revealPasscode: () => answer });
  const view = render(<PasscodeReveal actionId="a-1" deviceName="DEMO-AE-DEDICATED-13" />);
  fireEvent.click(screen.getByRole('button', { name: 'Reveal passcode' }));
  await settle();
  return { fake, view };
}

describe('revealing a generated passcode', () => {
  it('shows the passcode on request, once, with a countdown', async () => {
    const { fake } = await reveal();
    expect(shownPasscode()).toBeTruthy();
    expect(screen.getByText('Hides in 60 s')).toBeTruthy();
    expect(fake.callsTo('revealPasscode')).toEqual([{ actionId: 'a-1' }]);
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.getByText('Hides in 40 s')).toBeTruthy();
  });

  it('hides itself after 60 seconds and cannot be shown again', async () => {
    const { fake } = await reveal();
    act(() => vi.advanceTimersByTime(59_000));
    expect(shownPasscode()).toBeTruthy();
    act(() => vi.advanceTimersByTime(1_000));
    expect(document.querySelector('output.passcode-value')).toBeNull();
    expect(screen.getByText(/hidden again and cannot be shown a second time/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reveal passcode' })).toBeNull();
    expect(fake.callsTo('revealPasscode')).toHaveLength(1);
  });

  it('can be hidden at once, and focus moves to the message that says so (Escape still reaches a dialog around it)', async () => {
    await reveal();
    const hideNow = screen.getByRole('button', { name: 'Hide now' });
    hideNow.focus();
    fireEvent.click(hideNow);
    expect(document.querySelector('output.passcode-value')).toBeNull();
    expect(document.activeElement).toBe(screen.getByText(/hidden again and cannot be shown a second time/));
  });

  it('is gone when the component unmounts, and never reached the store', async () => {
    const { view } = await reveal();
    expect(JSON.stringify(useStore.getState())).not.toContain(secret);
    // Focus moved to Copy as the passcode appeared; let React finish the work that schedules (0 ms), not the reveal's timers.
    act(() => vi.advanceTimersByTime(0));
    expect(screen.getByRole('button', { name: 'Copy' })).toBe(document.activeElement);
    view.unmount();
    expect(document.body.textContent).not.toContain(secret);
    // No timer of the unmounted reveal is left to fire.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes a copied passcode off the clipboard when it hides, and when the reveal closes before then', async () => {
    const clipboard: string[] = [];
    const writeText = vi.fn(async (text: string) => void clipboard.push(text));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      const first = await reveal();
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
      await settle();
      expect(clipboard).toEqual([secret]);
      act(() => vi.advanceTimersByTime(60_000));
      expect(clipboard).toEqual([secret, '']);
      first.view.unmount();
      // Closed before the 60 seconds (the dialog around it shut): the copy must not outlive what was on screen.
      clipboard.length = 0;
      const second = await reveal();
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
      await settle();
      second.view.unmount();
      expect(clipboard).toEqual([secret, '']);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('takes a copied passcode off the clipboard when the page goes away while it shows (the browser host closing)', async () => {
    const clipboard: string[] = [];
    const writeText = vi.fn(async (text: string) => void clipboard.push(text));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      const { view } = await reveal();
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
      await settle();
      window.dispatchEvent(new Event('pagehide'));
      expect(clipboard).toEqual([secret, '']);
      view.unmount();
      // Cleared once: nothing more to take off when the reveal then closes.
      expect(clipboard).toEqual([secret, '']);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('leaves the clipboard alone when the passcode was never copied', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      const { view } = await reveal();
      view.unmount();
      expect(writeText).not.toHaveBeenCalled();
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('explains a refusal in plain words', async () => {
    await reveal(err('not_found', 'No passcode is waiting for this action'));
    expect(screen.getByRole('alert').textContent).toMatch(/could not be revealed/);
  });
});
