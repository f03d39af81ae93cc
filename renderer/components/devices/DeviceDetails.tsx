import { useState } from 'react';
import { useLanguage, useT } from '../../hooks/use-messages';
import { decisionText } from '../../i18n/decision-text';
import { missingActionScope } from '../../store/session-slice';
import { useStore } from '../../store/store';
import { ConfirmDialog } from '../confirm/ConfirmDialog';
import { SyncDeviceButton } from '../actions/SyncDeviceButton';
import { DecisionBlock } from './DecisionBlock';
import { AccountRefusalNote } from './AccountRefusalNote';
import { MissingScopeNote } from './MissingScopeNote';
import { PreflightChecks } from '../checks/PreflightChecks';
import { DeviceFacts } from './DeviceFacts';
import { DeviceHistory } from './DeviceHistory';
import { RecentActions } from './RecentActions';
import { detailsHeadingId, deviceGridId } from './DeviceTable';
import { intuneDeviceUrl } from './intune-link';

export function DeviceDetails() {
  const t = useT();
  const language = useLanguage();
  const device = useStore((s) => s.opened);
  const refresh = useStore((s) => s.openedRefresh);
  const openedId = useStore((s) => s.openedId);
  const [confirming, setConfirming] = useState(false);
  const tenantId = useStore((s) => (s.session?.status === 'signedIn' ? (s.session.account?.tenantId ?? null) : null));
  // Kept by main for this tenant and account until sign-out (shared/auth/session.ts), so a reload does not forget it.
  const refusal = useStore((s) => (s.session?.status === 'signedIn' ? (s.session.accountRefusal ?? null) : null));
  // The sign-in was not granted the permission every passcode action needs: Graph would refuse it on any device.
  const missingScope = useStore(missingActionScope);

  if (!device) {
    // A device opened from the actions log may not be in the list: it is fetched on its own.
    const text = openedId === null ? t.details.nothingOpen : refresh === 'failed' ? t.details.openFailed : t.details.refreshing;
    return (
      <aside className="details-panel details-empty" aria-label={t.details.region}>
        <p className="muted" role={refresh === 'failed' ? 'alert' : undefined}>
          {text}
        </p>
      </aside>
    );
  }

  const decision = decisionText(device.decision, language);
  const reasonId = `details-reason-${device.id}`;
  const refusalId = `details-refusal-${device.id}`;
  // Intune refused this account this very action here, this sign-in: a new send fails the same way (AccountRefusalNote).
  // An open dialog stays open when the refusal arrives, to show it in full; only the button is switched off.
  const refusedHere = refusal !== null && refusal.deviceId === device.id;
  const scopeId = `details-scope-${device.id}`;
  const canAct = decision.eligible && !refusedHere && missingScope === null;
  return (
    <aside
      className="details-panel"
      aria-labelledby={detailsHeadingId}
      onKeyDown={(e) => {
        // Escape goes back to the list, where the selection still is.
        if (e.key === 'Escape' && !confirming) document.getElementById(deviceGridId)?.focus();
      }}
    >
      <div className="details-head">
        <h2 id={detailsHeadingId} tabIndex={-1} className="details-title selectable">
          {device.name ?? t.devices.unnamed}
        </h2>
        <p className="details-sub">{device.userDisplayName ?? device.userPrincipalName ?? t.devices.noUser}</p>
        {refresh === 'loading' && <p className="muted small">{t.details.refreshing}</p>}
        {refresh === 'failed' && <p className="muted small">{t.details.refreshFailed}</p>}
      </div>

      <div className="details-action">
        {decision.actionLabel !== null ? (
          <button
            type="button"
            className="button button-primary button-action"
            disabled={!canAct}
            aria-describedby={missingScope !== null ? scopeId : refusedHere ? refusalId : decision.eligible ? undefined : reasonId}
            onClick={() => setConfirming(true)}
          >
            {decision.actionLabel}
          </button>
        ) : (
          <button type="button" className="button button-action" disabled aria-describedby={reasonId}>
            {t.devices.notSupported}
          </button>
        )}
        <SyncDeviceButton key={device.id} deviceId={device.id} ticket="" confirmFor={device.name ?? device.id} unavailableId={missingScope !== null ? scopeId : undefined} />
        <a
          className="intune-link"
          href={intuneDeviceUrl(device.id, tenantId)}
          target="_blank"
          rel="noopener noreferrer"
          title={t.details.intuneLinkHint(device.name ?? device.id)}
        >
          {t.details.intuneLink}
          <span aria-hidden="true"> ↗</span>
        </a>
      </div>

      {missingScope !== null && decision.actionLabel !== null && <MissingScopeNote scope={missingScope} id={scopeId} />}
      {refusal !== null && decision.actionLabel !== null && <AccountRefusalNote refusal={refusal} sameDevice={refusedHere} id={refusalId} />}
      <DecisionBlock decision={decision} reasonId={reasonId} />
      <PreflightChecks deviceId={device.id} />
      <DeviceFacts device={device} />
      <DeviceHistory deviceId={device.id} />
      <RecentActions deviceId={device.id} />

      {confirming && decision.eligible && <ConfirmDialog device={device} onClose={() => setConfirming(false)} />}
    </aside>
  );
}
