import { useT } from '../../hooks/use-messages';

/**
 * The sign-in's token response did not grant the Graph permission passcode actions need (the session's
 * `missingScopes`, read by main from the response's `scope`, never from the token). Graph would refuse every
 * such request, on every device, so the panel says so before any dialog, with what to ask an administrator for.
 * This is about consent only: the Intune role is still checked by Intune on send (docs/ui.md).
 */
export function MissingScopeNote({ scope, id }: { scope: string; id: string }) {
  const t = useT();
  return (
    <div id={id} className="notice notice-warning account-refusal" data-testid="missing-scope" role="note">
      <p className="notice-title">{t.details.scopeMissingTitle}</p>
      <p className="small">{t.details.scopeMissing(scope)}</p>
      <p className="small">{t.details.scopeMissingAsk}</p>
      <p className="small">{t.details.scopeMissingAfter}</p>
    </div>
  );
}
