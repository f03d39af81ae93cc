// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionsSplitter, actionsPanelId } from '../../../../../renderer/components/actions/ActionsSplitter';
import { keyStep, panelMaxHeight, panelMinHeight } from '../../../../../renderer/components/actions/panel-split';
import { useStore } from '../../../../../renderer/store/store';
import { setupStore } from '../../support/render-setup';

// jsdom lays nothing out: the workspace says it is 646 px tall (8 px padding each side, as workspace.css has it)
// and the log says it is 200 px, as Chromium would at 1280x720.
const workspaceHeight = 646;
const inner = workspaceHeight - 16;
let panelHeight = 200;

function renderInWorkspace(language: 'en' | 'it' = 'en') {
  setupStore({}, { language });
  return render(
    <div className="workspace" style={{ paddingTop: '8px', paddingBottom: '8px' }}>
      <ActionsSplitter />
      <section id={actionsPanelId} />
    </div>,
  );
}

beforeEach(() => {
  panelHeight = 200;
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('workspace') ? workspaceHeight : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const height = this.id === actionsPanelId ? panelHeight : 0;
    return { x: 0, y: 0, top: 0, left: 0, bottom: height, right: 0, width: 0, height, toJSON: () => ({}) } as DOMRect;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('the splitter between the device list and the actions log', () => {
  it('is a focusable separator that names what it sizes, in English and Italian', () => {
    const english = renderInWorkspace();
    const splitter = screen.getByRole('separator', { name: 'Size of the actions log' });
    expect(splitter.getAttribute('tabindex')).toBe('0');
    expect(splitter.getAttribute('aria-orientation')).toBe('horizontal');
    expect(splitter.getAttribute('aria-controls')).toBe(actionsPanelId);
    english.unmount();
    renderInWorkspace('it');
    expect(screen.getByRole('separator', { name: 'Altezza del registro delle azioni' })).toBeTruthy();
  });

  it('makes the log taller with ↑ and shorter with ↓, from the height it has now', () => {
    renderInWorkspace();
    const splitter = screen.getByRole('separator');
    fireEvent.keyDown(splitter, { key: 'ArrowUp' });
    expect(useStore.getState().actionsPanelHeight).toBe(200 + keyStep);
    // Chromium lays the log out at its new height before the next key; each step starts from there.
    panelHeight = 200 + keyStep;
    fireEvent.keyDown(splitter, { key: 'ArrowDown' });
    expect(useStore.getState().actionsPanelHeight).toBe(200);
    panelHeight = 200;
    fireEvent.keyDown(splitter, { key: 'ArrowDown' });
    expect(useStore.getState().actionsPanelHeight).toBe(200 - keyStep);
  });

  it('goes to the tallest log with Home and the smallest with End, never past the list’s minimum', () => {
    renderInWorkspace();
    const splitter = screen.getByRole('separator');
    fireEvent.keyDown(splitter, { key: 'Home' });
    expect(useStore.getState().actionsPanelHeight).toBe(panelMaxHeight(inner));
    fireEvent.keyDown(splitter, { key: 'End' });
    expect(useStore.getState().actionsPanelHeight).toBe(panelMinHeight);
    panelHeight = panelMaxHeight(inner);
    fireEvent.keyDown(splitter, { key: 'PageUp' });
    expect(useStore.getState().actionsPanelHeight).toBe(panelMaxHeight(inner));
  });

  it('gives back the automatic size with Enter or a double-click', () => {
    renderInWorkspace();
    const splitter = screen.getByRole('separator');
    fireEvent.keyDown(splitter, { key: 'ArrowUp' });
    expect(useStore.getState().actionsPanelHeight).not.toBeNull();
    fireEvent.keyDown(splitter, { key: 'Enter' });
    expect(useStore.getState().actionsPanelHeight).toBeNull();
    fireEvent.keyDown(splitter, { key: 'ArrowUp' });
    fireEvent.doubleClick(splitter);
    expect(useStore.getState().actionsPanelHeight).toBeNull();
  });

  it('follows a drag: up makes the log taller by as much as the pointer moved', () => {
    renderInWorkspace();
    const splitter = screen.getByRole('separator');
    fireEvent.pointerDown(splitter, { button: 0, clientY: 400, pointerId: 1 });
    fireEvent.pointerMove(splitter, { clientY: 300, pointerId: 1 });
    expect(useStore.getState().actionsPanelHeight).toBe(300);
    fireEvent.pointerMove(splitter, { clientY: -2_000, pointerId: 1 });
    expect(useStore.getState().actionsPanelHeight).toBe(panelMaxHeight(inner));
    fireEvent.pointerUp(splitter, { pointerId: 1 });
    fireEvent.pointerMove(splitter, { clientY: 500, pointerId: 1 });
    expect(useStore.getState().actionsPanelHeight).toBe(panelMaxHeight(inner));
  });

  it('leaves other keys alone', () => {
    renderInWorkspace();
    fireEvent.keyDown(screen.getByRole('separator'), { key: 'a' });
    expect(useStore.getState().actionsPanelHeight).toBeNull();
  });
});
