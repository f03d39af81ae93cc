// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { searchBoxId, useGlobalShortcuts } from '../../../../../renderer/components/shell/use-global-shortcuts';

function Screen({ inert = false }: { inert?: boolean }) {
  useGlobalShortcuts();
  return (
    <>
      <div inert={inert}>
        <input id={searchBoxId} aria-label="Search devices" defaultValue="iphone" />
      </div>
      <input aria-label="Ticket reference" />
      <button type="button">Elsewhere</button>
    </>
  );
}
afterEach(cleanup);

describe('global shortcuts to the device search', () => {
  it('"/" from anywhere that is not a field jumps to the search and selects what was there', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await user.keyboard('/');
    const box = screen.getByRole('textbox', { name: 'Search devices' }) as HTMLInputElement;
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 'iphone'.length]);
    expect(box.value).toBe('iphone'); // the "/" was not typed into it
  });

  it('Ctrl+F jumps there even from a field; "/" typed in a field stays a character', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    const ticket = screen.getByRole('textbox', { name: 'Ticket reference' });
    await user.click(ticket);
    await user.keyboard('INC/7');
    expect(ticket).toHaveProperty('value', 'INC/7');
    expect(document.activeElement).toBe(ticket);
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Search devices' }));
  });

  it('"/" in the search box where it would be the first character is the shortcut, not a search for "/"', async () => {
    // After sign-in focus is already in the (empty) search box; a technician told "press /" then types a name.
    const user = userEvent.setup();
    render(<Screen />);
    const box = screen.getByRole('textbox', { name: 'Search devices' }) as HTMLInputElement;
    await user.clear(box);
    await user.keyboard('/DEMO-IOS-17');
    expect(box.value).toBe('DEMO-IOS-17');
    // With all its text selected (as "/" from elsewhere leaves it), "/" again keeps the text, selected.
    box.setSelectionRange(0, box.value.length);
    await user.keyboard('/');
    expect(box.value).toBe('DEMO-IOS-17');
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 'DEMO-IOS-17'.length]);
    // After some text it is a character: names made from an enrollment date hold "12/29/2025".
    await user.keyboard('{End}');
    await user.clear(box);
    await user.keyboard('12/29');
    expect(box.value).toBe('12/29');
  });

  it('does nothing while a dialog makes the app inert', async () => {
    const user = userEvent.setup();
    render(<Screen inert />);
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    await user.keyboard('/');
    expect(document.activeElement).toBe(elsewhere);
  });
});
