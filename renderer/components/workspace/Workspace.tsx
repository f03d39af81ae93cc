import { useT } from '../../hooks/use-messages';
import { ActionsPanel } from '../actions/ActionsPanel';
import { DeviceDetails } from '../devices/DeviceDetails';
import { DeviceTable } from '../devices/DeviceTable';
import { DeviceToolbar } from '../devices/DeviceToolbar';

/** Devices on the left, the opened device on the right, the live actions log along the bottom. */
export function Workspace() {
  const t = useT();
  return (
    <div className="workspace">
      <section className="devices-pane" aria-label={t.devices.region}>
        <DeviceToolbar />
        <DeviceTable />
      </section>
      <DeviceDetails />
      <ActionsPanel />
    </div>
  );
}
