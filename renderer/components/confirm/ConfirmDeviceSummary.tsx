import type { Device } from '../../../shared/devices/device';
import { useT } from '../../hooks/use-messages';
import type { DecisionText } from '../../i18n/decision-text';
import { RuleSourceNote } from '../checks/RuleSourceNote';
import { platformText } from '../devices/DeviceRow';

interface Props {
  device: Device;
  decision: DecisionText;
  outcomeId: string;
  /**
   * Serial and IMEI stay masked until the typed last 4 characters match: the
   * requester reads them out, the technician does not copy them from here.
   */
  identifiersShown: boolean;
  /** Once the action is sent, the outcome is what the action does, no longer what "will happen". */
  sent?: boolean;
}

const mask = '••••••••';

/** The device, big enough that the wrong one is hard to miss, and what the action will do to it. */
export function ConfirmDeviceSummary({ device, decision, outcomeId, identifiersShown, sent = false }: Props) {
  const t = useT();
  const na = t.common.notAvailable;
  const identifier = (value: string | null) => (value === null ? na : identifiersShown ? value : mask);
  const facts: Array<[string, string, string?]> = [
    [t.confirm.user, [device.userDisplayName, device.userPrincipalName].filter(Boolean).join(' · ') || na],
    [t.confirm.serial, identifier(device.serialNumber), identifiersShown ? undefined : t.confirm.identifierMasked],
    ...(device.imei !== null ? [[t.details.imei, identifier(device.imei), identifiersShown ? undefined : t.confirm.identifierMasked] as [string, string, string?]] : []),
    [t.confirm.platform, platformText(device)],
    [t.confirm.enrollment, decision.mode],
  ];
  return (
    <div className="confirm-device">
      <p className="confirm-device-label">{t.confirm.deviceLabel}</p>
      <p className="confirm-device-name selectable">{device.name ?? device.id}</p>
      <dl className="facts facts-compact">
        {facts.map(([label, value, masked]) => (
          <div className="fact" key={label}>
            <dt>{label}</dt>
            <dd className={masked ? 'masked' : 'selectable'} title={masked}>
              {masked ? (
                <>
                  <span aria-hidden="true">{value}</span>
                  <span className="visually-hidden">{masked}</span>
                </>
              ) : (
                value
              )}
            </dd>
          </div>
        ))}
      </dl>
      <div className="confirm-outcome">
        <p className="decision-label">{sent ? t.confirm.outcomeSent : t.confirm.outcome}</p>
        <p id={outcomeId}>
          {decision.text}
          {decision.generatesPasscode && ` ${decision.userless ? t.details.generatesPasscodeUserless : t.details.generatesPasscode}`}
        </p>
        <RuleSourceNote source={decision.source} caution={decision.caution} />
      </div>
    </div>
  );
}
