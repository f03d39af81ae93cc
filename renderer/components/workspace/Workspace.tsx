import { useEffect } from 'react';
import { useT } from '../../hooks/use-messages';
import { searchBoxId } from '../shell/use-global-shortcuts';
import { ActionsPanel } from '../actions/ActionsPanel';
import { DeviceDetails } from '../devices/DeviceDetails';
import { DeviceTable } from '../devices/DeviceTable';
import { DeviceToolbar } from '../devices/DeviceToolbar';
import { SelectedDeviceLine } from '../devices/SelectedDeviceLine';

/** Devices on the left, the opened device on the right, the live actions log along the bottom. */
export function Workspace() {
  const t = useT();
  // Signing in replaces the start screen and the button that had focus: start where a technician starts, in the search.
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body || !active.isConnected) document.getElementById(searchBoxId)?.focus();
  }, []);
  return (
    <div className="workspace">
      <section className="devices-pane" aria-label={t.devices.region}>
        <DeviceToolbar />
        <DeviceTable />
        <SelectedDeviceLine />
      </section>
      <DeviceDetails />
      <ActionsPanel />
    </div>
  );
}
