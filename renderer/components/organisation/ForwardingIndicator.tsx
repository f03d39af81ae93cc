import { word } from '../../../shared/messages/coded-message';
import { useFormat, useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { forwardingHeadline, showsInHeader } from './forwarding-text';

/** The header's forwarding state; it opens Settings, where the details and Retry are. */
export function ForwardingIndicator() {
  const t = useT();
  const format = useFormat();
  const status = useStore((s) => s.forwarding);
  const setSettingsOpen = useStore((s) => s.setSettingsOpen);
  if (!showsInHeader(status)) return null;
  const { text, tone } = forwardingHeadline(status, t, format);
  return (
    <button
      type="button"
      className={`forwarding-indicator tone-${tone}`}
      title={status.lastError ? word(t.main.forwardingProblems, status.lastError) : (status.collector ?? undefined)}
      onClick={() => setSettingsOpen(true)}
    >
      <span className="forwarding-dot" aria-hidden="true" />
      {t.organisation.headerLabel}: {text}
    </button>
  );
}
