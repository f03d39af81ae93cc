import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';

/** Always on screen in demo mode, so no one mistakes simulated devices for real ones. */
export function DemoBanner() {
  const t = useT();
  const demo = useStore((s) => s.appInfo?.mode === 'demo');
  const storageWarning = useStore((s) => s.appInfo?.secretStorageWarning ?? null);
  if (!demo) return null;
  return (
    <div className="demo-banner" role="note" aria-label={t.shell.demoBadge}>
      <span className="demo-banner-text">{t.shell.demoBanner}</span>
      {storageWarning && <span className="demo-banner-aside" title={storageWarning}>{t.shell.secretStorageWarning}</span>}
    </div>
  );
}
