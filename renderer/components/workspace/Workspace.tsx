import { useEffect, type CSSProperties } from 'react';
import { useT } from '../../hooks/use-messages';
import { searchBoxId } from '../shell/use-global-shortcuts';
import { ActionsPanel } from '../actions/ActionsPanel';
import { ActionsSplitter } from '../actions/ActionsSplitter';
import { useStore } from '../../store/store';
import { DeviceDetails } from '../devices/DeviceDetails';
import { DeviceTable } from '../devices/DeviceTable';
import { DeviceToolbar } from '../devices/DeviceToolbar';
import { SelectedDeviceLine } from '../devices/SelectedDeviceLine';

/**
 * Devices on the left, the opened device on the right, the live actions log along the bottom, with a splitter
 * between the list and the log. A height set with the splitter is the log's row; the list keeps its minimum
 * (panel-split.ts) even when the window is made smaller afterwards.
 */
export function Workspace() {
  const t = useT();
  const chosen = useStore((s) => s.actionsPanelHeight);
  const rows = chosen === null ? undefined : ({ '--actions-rows': `min(${chosen}px, calc(100% - var(--devices-min) - 8px))` } as CSSProperties);
  // Signing in replaces the start screen and the button that had focus: start where a technician starts, in the search.
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body || !active.isConnected) document.getElementById(searchBoxId)?.focus();
  }, []);
  return (
    <div className="workspace" style={rows}>
      <section className="devices-pane" aria-label={t.devices.region}>
        <DeviceToolbar />
        <DeviceTable />
        <SelectedDeviceLine />
      </section>
      <ActionsSplitter />
      <DeviceDetails />
      <ActionsPanel />
    </div>
  );
}
