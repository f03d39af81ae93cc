import { memo } from 'react';
import type { Device } from '../../../shared/devices/device';
import { platformLabels } from '../../../shared/platform/platform';
import { decisionText } from '../../i18n/decision-text';
import type { Formatters } from '../../i18n/format';
import type { Language, Messages } from '../../i18n/messages';
import { EligibilityBadge } from './EligibilityBadge';
import { rowDomId } from './device-columns';

interface DeviceRowProps {
  device: Device;
  row: number;
  start: number;
  selected: boolean;
  opened: boolean;
  now: number;
  t: Messages;
  language: Language;
  format: Formatters;
  /** False when the sign-in lacks the permission every passcode action needs (EligibilityBadge). */
  signInAllowsActions: boolean;
  onOpen(deviceId: string): void;
}

export function platformText(device: Device): string {
  return device.osVersion ? `${platformLabels[device.platform]} ${device.osVersion}` : platformLabels[device.platform];
}

/**
 * The platform cell's tooltip also names the hardware: the search matches model and manufacturer,
 * which no column shows, so a row found by "iphone" or "surface" says why when hovered.
 */
export function platformTitle(device: Device): string {
  const hardware = [device.manufacturer, device.model].filter((part) => part !== null).join(' ');
  return hardware === '' ? platformText(device) : `${platformText(device)} · ${hardware}`;
}

/** One device line. Memoised: scrolling re-renders only the rows that enter the window. */
export const DeviceRow = memo(function DeviceRow({ device, row, start, selected, opened, now, t, language, format, signInAllowsActions, onOpen }: DeviceRowProps) {
  const decision = decisionText(device.decision, language);
  const user = device.userDisplayName ?? device.userPrincipalName;
  const synced = format.relativeShort(device.lastSyncDateTime, now);
  return (
    <div
      id={rowDomId(device.id)}
      role="row"
      aria-rowindex={row + 2}
      aria-selected={selected}
      className={`device-row${selected ? ' is-selected' : ''}${opened ? ' is-opened' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => onOpen(device.id)}
    >
      <div role="gridcell" className="cell cell-name" title={device.name ?? undefined}>
        {device.name ?? <span className="muted">{t.devices.unnamed}</span>}
      </div>
      <div role="gridcell" className="cell" title={device.userPrincipalName ?? undefined}>
        {user ?? <span className="muted">{t.devices.noUser}</span>}
      </div>
      <div role="gridcell" className="cell mono cell-serial" title={[device.serialNumber, device.imei && `IMEI ${device.imei}`].filter(Boolean).join(' · ') || undefined}>
        {device.serialNumber ?? (device.imei ? `${t.devices.imeiPrefix} ${device.imei}` : <span className="muted">{t.common.notAvailable}</span>)}
      </div>
      <div role="gridcell" className="cell col-platform" title={platformTitle(device)}>
        {platformText(device)}
      </div>
      <div role="gridcell" className="cell col-mode" title={decision.mode}>
        {decision.modeShort}
      </div>
      <div role="gridcell" className="cell col-owner">
        {t.devices.owner[device.ownerType]}
      </div>
      <div role="gridcell" className="cell col-compliance" title={t.devices.compliance[device.complianceState]}>
        <span className={`compliance compliance-${device.complianceState}`}>{t.devices.compliance[device.complianceState]}</span>
      </div>
      <div role="gridcell" className="cell" title={format.dateTime(device.lastSyncDateTime) ?? undefined}>
        {synced ?? t.common.notAvailable}
      </div>
      <div role="gridcell" className="cell">
        <EligibilityBadge decision={decision} devices={t.devices} signInAllowsActions={signInAllowsActions} />
      </div>
    </div>
  );
});
