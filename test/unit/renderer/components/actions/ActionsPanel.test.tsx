// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../../shared/result';
import { ActionsPanel } from '../../../../../renderer/components/actions/ActionsPanel';
import { useStore } from '../../../../../renderer/store/store';
import { makeAction } from '../../support/fixtures';
import { setupStore } from '../../support/render-setup';

// actions.css lets the workspace's bottom row shrink to the panel's height when the panel is marked empty.
const panel = () => screen.getByRole('region', { name: 'Actions' });

describe('the actions panel', () => {
  it('is compact, one line under its head, while the technician has no action yet', () => {
    setupStore();
    useStore.setState({ actions: [], actionsStatus: 'ready', actionScope: 'mine' });
    render(<ActionsPanel />);
    expect(panel().classList.contains('is-empty')).toBe(true);
    expect(panel().querySelector('.panel-body')?.textContent).toBe('No passcode action yet. Actions you take appear here and update live.');
  });

  it('takes its full room once there is an action, when the list failed to load, and for the tenant list', () => {
    setupStore({ getTenantActions: () => ok({ available: true, notice: null, rows: [], refreshedAt: null }) });
    useStore.setState({ actions: [], actionsStatus: 'ready', actionScope: 'mine' });
    render(<ActionsPanel />);
    act(() => useStore.setState({ actions: [makeAction()] }));
    expect(panel().classList.contains('is-empty')).toBe(false);
    act(() => useStore.setState({ actions: [], actionsStatus: 'error', actionsError: { code: 'log_error', message: 'The disk is full.' } }));
    expect(panel().classList.contains('is-empty')).toBe(false);
    act(() => useStore.setState({ actionsStatus: 'ready', actionsError: null, actionScope: 'tenant' }));
    expect(panel().classList.contains('is-empty')).toBe(false);
  });
});

describe('the actions panel’s size', () => {
  it('grows (is-following) while an action of this run is listed, ended or not, and for the tenant list', () => {
    setupStore({ getTenantActions: () => ok({ available: true, notice: null, rows: [], refreshedAt: null }) });
    useStore.setState({ actions: [makeAction({ origin: 'log', state: 'done' })], actionsStatus: 'ready', actionScope: 'mine' });
    render(<ActionsPanel />);
    // Only earlier runs' finished actions: nothing is being watched, the list keeps its room.
    expect(panel().classList.contains('is-following')).toBe(false);
    act(() => useStore.setState({ actions: [makeAction({ actionId: 'a-2', origin: 'log', state: 'pending' })] }));
    expect(panel().classList.contains('is-following')).toBe(true);
    act(() => useStore.setState({ actions: [makeAction({ actionId: 'a-3', origin: 'session', state: 'failed' })] }));
    expect(panel().classList.contains('is-following')).toBe(true);
    act(() => useStore.setState({ actions: [makeAction({ origin: 'log', state: 'done' })], actionScope: 'tenant' }));
    expect(panel().classList.contains('is-following')).toBe(true);
  });
});
