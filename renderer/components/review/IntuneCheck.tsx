import type { ReconcileFinding, ReconcileKind } from '../../../shared/review/reconcile';
import { useFormat, useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';

/** "Check against Intune": the one part of the review that needs sign-in (read only), and what it found. */
export function IntuneCheck() {
  const t = useT();
  const format = useFormat();
  const check = useStore((s) => s.intuneCheck);
  const exported = useStore((s) => s.intuneExport);
  const run = useStore((s) => s.checkAgainstIntune);
  const exportAs = useStore((s) => s.exportIntuneCheck);
  const result = check.result;
  const findings = result ? result.chains.reduce((n, c) => n + c.findingCount, 0) : 0;
  const matched = result ? result.chains.reduce((n, c) => n + c.matched, 0) : 0;
  return (
    <section className="card intune-check" aria-labelledby="intune-check-title">
      <h3 id="intune-check-title" className="section-title">
        {t.review.intune.title}
      </h3>
      <p className="small muted">{t.review.intune.intro}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={check.status === 'checking'} onClick={() => void run()}>
          {t.review.intune.check}
        </button>
        {result && (
          <>
            <button type="button" className="button-quiet" disabled={exported.status === 'saving'} onClick={() => void exportAs('csv')}>
              {t.review.intune.exportCsv}
            </button>
            <button type="button" className="button-quiet" disabled={exported.status === 'saving'} onClick={() => void exportAs('json')}>
              {t.review.intune.exportJson}
            </button>
          </>
        )}
      </div>
      <p role="status" className="small">
        {check.status === 'checking' && t.review.intune.checking}
        {result && t.review.intune.summary(format.number(result.auditsRead), format.number(matched), format.number(findings), format.dateTime(result.checkedAt) ?? result.checkedAt)}
        {exported.status === 'saved' && exported.path && ` ${t.review.intune.saved(exported.path)}`}
      </p>
      {check.status === 'error' && check.error && (
        <div className="notice notice-error" role="alert">
          <ErrorText error={check.error} title={t.review.intune.failed} />
        </div>
      )}
      {exported.status === 'error' && exported.error && <ErrorText error={exported.error} title={t.review.intune.exportFailed} />}
    </section>
  );
}

/** One chain's result of the check, inside its card; nothing before a check. */
export function ChainIntuneResult({ chain }: { chain: string }) {
  const t = useT();
  const format = useFormat();
  const entry = useStore((s) => s.intuneCheck.result?.chains.find((c) => c.chain === chain));
  if (!entry) return null;
  return (
    <div className={`chain-intune${entry.findingCount > 0 ? ' has-findings' : ''}`}>
      <p className="small">
        <strong>{t.review.intune.chainTitle}</strong> {t.review.intune.chainSummary(format.number(entry.matched), format.number(entry.findingCount))}
      </p>
      {entry.findings.length > 0 && (
        <ul className="small intune-findings">
          {entry.findings.map((finding, i) => (
            <IntuneFindingItem key={`${finding.auditId ?? finding.actionId ?? ''}-${i}`} finding={finding} />
          ))}
        </ul>
      )}
    </div>
  );
}

function IntuneFindingItem({ finding }: { finding: ReconcileFinding }) {
  const t = useT();
  const format = useFormat();
  const kind: ReconcileKind = finding.kind;
  return (
    <li>
      <strong>{t.review.intune.kinds[kind]}</strong>: {format.dateTime(finding.at) ?? finding.at}, {finding.deviceName ?? finding.deviceId ?? t.common.notAvailable}, {finding.technician ?? t.common.notAvailable}
      {finding.intuneState && ` (${t.review.intune.intuneState}: ${finding.intuneState})`}
      {finding.logState && ` (${t.review.intune.logState}: ${finding.logState})`}
      <br />
      <span className="muted">{finding.meaning}</span>
    </li>
  );
}
