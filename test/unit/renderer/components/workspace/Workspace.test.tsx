// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { searchBoxId } from '../../../../../renderer/components/shell/use-global-shortcuts';
import { Workspace } from '../../../../../renderer/components/workspace/Workspace';
import { setupStore } from '../../support/render-setup';

describe('Workspace', () => {
  it('after sign-in replaced the start screen (focus fell to the page), a technician starts in the device search', () => {
    setupStore();
    (document.activeElement as HTMLElement | null)?.blur();
    render(<Workspace />);
    expect(document.activeElement).toBe(document.getElementById(searchBoxId));
  });

  it('does not take focus from where the technician already is', () => {
    setupStore();
    const elsewhere = document.body.appendChild(document.createElement('button'));
    elsewhere.focus();
    render(<Workspace />);
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });
});
