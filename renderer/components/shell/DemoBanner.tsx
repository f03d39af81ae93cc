import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';

/**
 * Always on screen in demo mode, so no one mistakes simulated devices for
 * real ones. In tenant mode it appears only to say that this computer cannot
 * keep the sign-in encrypted.
 */
export function DemoBanner() {
  const t = useT();
  const demo = useStore((s) => s.appInfo?.mode === 'demo');
  const storageWarning = useStore((s) => s.appInfo?.secretsInMemoryOnly === true);
  if (!demo && !storageWarning) return null;
  const aside = storageWarning && (
    <span className="demo-banner-aside" title={t.shell.secretStorageDetail}>
      {t.shell.secretStorageWarning}
    </span>
  );
  if (!demo) {
    return (
      <div className="storage-banner" role="note" aria-label={t.shell.account}>
        {aside}
      </div>
    );
  }
  return (
    <div className="demo-banner" role="note" aria-label={t.shell.demoBadge}>
      <span className="demo-banner-text">{t.shell.demoBanner}</span>
      {aside}
    </div>
  );
}
