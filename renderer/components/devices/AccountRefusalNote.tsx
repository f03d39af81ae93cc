import type { AccountRefusal } from '../../../shared/auth/session';
import { useFormat, useT } from '../../hooks/use-messages';

function missingOf(refusal: AccountRefusal): string[] {
  const missing = refusal.error.detail?.missing;
  return Array.isArray(missing) ? missing.filter((code): code is string => typeof code === 'string') : [];
}

/**
 * Intune refused the signed-in account a passcode action earlier in this sign-in (main keeps it in the session, so
 * a reloaded or re-opened window knows it too). On that device the action
 * is switched off (a new send would be refused the same way until an administrator grants what is missing);
 * on any other device it stays on with a warning, because an Intune role can be limited to some groups of
 * devices: a refusal here is no proof of one there. Intune's answer on send stays the final word.
 */
export function AccountRefusalNote({ refusal, sameDevice, id }: { refusal: AccountRefusal; sameDevice: boolean; id: string }) {
  const t = useT();
  const format = useFormat();
  const when = format.time(refusal.at) ?? refusal.at;
  const missing = missingOf(refusal).filter((code) => t.checks.missing[code] !== undefined);
  return (
    <div id={id} className={`notice ${sameDevice ? 'notice-warning' : 'notice-info'} account-refusal`} data-testid="account-refusal" role="note">
      <p className="notice-title">{sameDevice ? t.details.refusedHereTitle : t.details.refusedElsewhereTitle}</p>
      <p className="small">{sameDevice ? t.details.refusedHere(when) : t.details.refusedElsewhere(refusal.deviceName, when)}</p>
      {sameDevice && missing.length > 0 && (
        <>
          <p className="small">{t.checks.notPermittedAsk}</p>
          <ol className="missing-list small">
            {missing.map((code) => (
              <li key={code}>{t.checks.missing[code]}</li>
            ))}
          </ol>
        </>
      )}
      {sameDevice && <p className="small">{t.details.refusedHereAfter}</p>}
    </div>
  );
}
