import type { Device } from '../../../shared/devices/device';
import { useFormat, useLanguage, useT } from '../../hooks/use-messages';
import { useNow } from '../../hooks/use-now';
import { decisionText } from '../../i18n/decision-text';
import { platformText } from './DeviceRow';

export function DeviceFacts({ device }: { device: Device }) {
  const t = useT();
  const language = useLanguage();
  const format = useFormat();
  const now = useNow();
  const na = t.common.notAvailable;
  const model = [device.manufacturer, device.model].filter(Boolean).join(' ');
  const synced = format.relative(device.lastSyncDateTime, now);
  const facts: Array<[string, string, boolean?]> = [
    [t.details.serial, device.serialNumber ?? na, true],
    [t.details.imei, device.imei ?? na, true],
    [t.details.model, model || na],
    [t.details.os, platformText(device)],
    [t.details.enrollment, decisionText(device.decision, language).mode],
    [t.details.owner, device.userPrincipalName ?? na, true],
    [t.details.ownership, t.devices.owner[device.ownerType]],
    [t.details.lastSync, synced ? `${synced} · ${format.dateTime(device.lastSyncDateTime)}` : na],
    [t.details.compliance, t.devices.compliance[device.complianceState]],
  ];
  // Known only after the device was read on its own (a list does not say): shown then.
  if ((device.platform === 'ipados' || device.platform === 'ios') && typeof device.isSharedDevice === 'boolean') {
    facts.push([t.checks.sharedIpad, device.isSharedDevice ? t.checks.sharedIpadYes : t.checks.sharedIpadNo]);
  }
  return (
    <section aria-labelledby="facts-title">
      <h3 id="facts-title" className="section-title">
        {t.details.facts}
      </h3>
      <dl className="facts">
        {facts.map(([label, value, mono]) => (
          <div className="fact" key={label}>
            <dt>{label}</dt>
            <dd className={mono ? 'mono selectable' : 'selectable'}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
