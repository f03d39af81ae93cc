// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Modal } from '../../../../../renderer/components/common/Modal';

function Dialog({ onClose }: { onClose(): void }) {
  const [gone, setGone] = useState(false);
  const [disabled, setDisabled] = useState(false);
  return (
    <Modal labelledBy="t" onClose={onClose}>
      <h2 id="t">Test dialog</h2>
      {!gone && (
        <button type="button" onClick={() => setGone(true)}>
          Vanish
        </button>
      )}
      <button type="button" disabled={disabled} onClick={() => setDisabled(true)}>
        Save
      </button>
    </Modal>
  );
}

afterEach(cleanup);

describe('a modal dialog', () => {
  it('catches focus when the focused button disappears, and Escape still closes it', async () => {
    const onClose = vi.fn();
    render(<Dialog onClose={onClose} />);
    const vanish = screen.getByRole('button', { name: 'Vanish' });
    vanish.focus();
    fireEvent.click(vanish);
    await act(async () => undefined); // the MutationObserver reports after the DOM change
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('catches focus when the focused button is disabled by what it did', async () => {
    render(<Dialog onClose={() => undefined} />);
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    fireEvent.click(save);
    await act(async () => undefined);
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
  });

  it('closes on Escape even when focus ended up outside it', () => {
    const onClose = vi.fn();
    render(<Dialog onClose={onClose} />);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});
