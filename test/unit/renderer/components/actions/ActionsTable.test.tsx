// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../../../shared/result';
import { MyActionsTable } from '../../../../../renderer/components/actions/MyActionsTable';
import { TenantActionsTable } from '../../../../../renderer/components/actions/TenantActionsTable';
import { useStore } from '../../../../../renderer/store/store';
import { makeAction, makeDevice } from '../../support/fixtures';
import { setupStore } from '../../support/render-setup';

// Both action lists draw their table, their device links and a failed load through ActionsTable.tsx.
const columnNames = () => screen.getAllByRole('columnheader').map((th) => th.textContent);

describe('my actions', () => {
  it('shows one row an action under the seven headings, the device name opening the device', async () => {
    const fake = setupStore({ getDevice: ({ deviceId }) => ok(makeDevice({ id: deviceId })) });
    useStore.setState({ actions: [makeAction({ state: 'failed', error: { code: 'graph_error', message: 'Intune said no.' } }), makeAction({ actionId: 'a-2', deviceId: 'dev-2', deviceName: 'IPAD-2', ticket: null })], actionsStatus: 'ready' });
    render(<MyActionsTable />);
    expect(columnNames()).toEqual(['Requested', 'Device', 'Ticket', 'Technician', 'State', 'Updated', 'Reveal passcode']);
    const row = screen.getByRole('row', { name: /IPAD-2/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)[2]).toBe('—');
    // The failed action's outcome spans the whole table under its row.
    expect(document.querySelector('[data-outcome-for="a-1"] td')?.getAttribute('colspan')).toBe('7');
    await userEvent.setup().click(within(row).getByRole('button', { name: 'IPAD-2' }));
    expect(fake.callsTo('getDevice')).toEqual([{ deviceId: 'dev-2' }]);
  });

  it('says why the list could not be loaded, and Try again asks again', async () => {
    const fake = setupStore({ listActions: () => ok([makeAction()]) });
    useStore.setState({ actions: [makeAction()], actionsStatus: 'error', actionsError: { code: 'log_error', message: 'The disk is full.' } });
    render(<MyActionsTable />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The actions could not be loaded.');
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(fake.callsTo('listActions')).toHaveLength(1);
  });
});

describe('all passcode actions in the tenant', () => {
  const rows = [
    { id: 'r1', deviceId: 'dev-1', deviceName: 'DEMO-IOS-17', initiatedBy: 'alex.morgan@contoso.com', requestedAt: '2026-11-24T10:00:00.000Z', state: 'pending', actionId: 'a-1' },
    { id: 'r2', deviceId: null, deviceName: null, initiatedBy: null, requestedAt: '2026-11-24T09:00:00.000Z', state: 'weirdState', actionId: null },
  ];

  it('shows the four headings, ours marked, a row without a device as plain text, and a device link that opens it', async () => {
    const fake = setupStore({ getDevice: ({ deviceId }) => ok(makeDevice({ id: deviceId })) });
    useStore.setState({ tenantActions: { available: true, notice: null, rows, refreshedAt: null }, tenantStatus: 'ready' });
    render(<TenantActionsTable />);
    expect(columnNames()).toEqual(['Requested', 'Device', 'Initiated by', 'State']);
    const ours = screen.getByRole('row', { name: /DEMO-IOS-17/ });
    expect(ours.textContent).toContain('· ours');
    const unknown = screen.getAllByRole('row').at(-1)!;
    expect(within(unknown).queryByRole('button')).toBeNull();
    expect(within(unknown).getAllByRole('cell').map((cell) => cell.textContent).slice(1)).toEqual(['Unknown', 'Unknown', 'weirdState']);
    await userEvent.setup().click(within(ours).getByRole('button', { name: 'DEMO-IOS-17' }));
    expect(fake.callsTo('getDevice')).toEqual([{ deviceId: 'dev-1' }]);
  });

  it('says why the list could not be loaded, and Refresh asks Graph again', async () => {
    const fake = setupStore({ getTenantActions: () => err('graph_error', 'Graph is down.') });
    useStore.setState({ tenantStatus: 'error', tenantError: { code: 'graph_error', message: 'Graph is down.' } });
    render(<TenantActionsTable />);
    const alert = screen.getByRole('alert');
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Refresh' }));
    expect(fake.callsTo('getTenantActions')).toEqual([{ refresh: true }]);
  });
});
