import type { Device } from '../../../shared/devices/device';
import { useT } from '../../hooks/use-messages';
import type { DecisionText } from '../../i18n/decision-text';
import { RuleSourceNote } from '../checks/RuleSourceNote';
import { platformText } from '../devices/DeviceRow';

/** The device, big enough that the wrong one is hard to miss, and what the action will do to it. */
export function ConfirmDeviceSummary({ device, decision, outcomeId }: { device: Device; decision: DecisionText; outcomeId: string }) {
  const t = useT();
  const na = t.common.notAvailable;
  const facts: Array<[string, string]> = [
    [t.confirm.user, [device.userDisplayName, device.userPrincipalName].filter(Boolean).join(' · ') || na],
    [t.confirm.serial, device.serialNumber ?? na],
    [t.confirm.platform, platformText(device)],
    [t.confirm.enrollment, decision.mode],
  ];
  return (
    <div className="confirm-device">
      <p className="confirm-device-label">{t.confirm.deviceLabel}</p>
      <p className="confirm-device-name selectable">{device.name ?? device.id}</p>
      <dl className="facts facts-compact">
        {facts.map(([label, value]) => (
          <div className="fact" key={label}>
            <dt>{label}</dt>
            <dd className="selectable">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="confirm-outcome">
        <p className="decision-label">{t.confirm.outcome}</p>
        <p id={outcomeId}>{decision.text}</p>
        <RuleSourceNote source={decision.source} caution={decision.caution} />
      </div>
    </div>
  );
}
