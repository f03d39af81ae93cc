import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';

/**
 * The selected row in full, under the table: its name, serial, IMEI and user
 * are never cut off here, however narrow the columns. Screen readers already
 * hear the whole row as the grid's active row, so this line is visual only.
 */
export function SelectedDeviceLine() {
  const t = useT();
  const device = useStore((s) => (s.selectedId === null ? null : s.fleet.get(s.selectedId)));
  if (!device) return null;
  const parts = [
    device.serialNumber,
    device.imei && `${t.devices.imeiPrefix} ${device.imei}`,
    device.userDisplayName ?? device.userPrincipalName,
  ].filter(Boolean);
  return (
    <p className="selected-device-line" aria-hidden="true" data-testid="selected-device-line">
      <span className="muted">{t.devices.selectedLine}: </span>
      <strong className="selectable">{device.name ?? t.devices.unnamed}</strong>
      {parts.length > 0 && <span className="mono selectable"> · {parts.join(' · ')}</span>}
    </p>
  );
}
