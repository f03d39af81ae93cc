import type { CentralComparison } from '../../../shared/log/review-result';
import { useFormat, useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

function Comparison({ comparison }: { comparison: CentralComparison }) {
  const t = useT();
  const format = useFormat();
  const n = format.number;
  const clean = comparison.missingCentrally + comparison.onlyCentrally + comparison.differing === 0;
  const where = (label: string, place: { file: string; line: number } | null) =>
    place && (
      <span className="muted" title={place.file}>
        {' '}
        · {label} {fileName(place.file)}:{n(place.line)}
      </span>
    );
  return (
    <li className={`comparison ${clean ? 'comparison-clean' : 'comparison-differs'}`}>
      <p className="comparison-title">{t.review.central.comparisonTitle(comparison.machineName ?? comparison.installId)}</p>
      <p className="small">
        {clean
          ? t.review.central.matches(n(comparison.same), n(comparison.from), n(comparison.to))
          : t.review.central.differs(n(comparison.same), n(comparison.missingCentrally), n(comparison.onlyCentrally), n(comparison.differing))}
      </p>
      {comparison.findings.length > 0 && (
        <ul className="comparison-findings small">
          {comparison.findings.map((finding) => (
            <li key={`${finding.kind}-${finding.seq}`}>
              <strong>{t.review.central.kinds[finding.kind]}</strong> — {t.main.comparisonReasons[finding.reason](n(finding.seq))}
              {where(t.review.central.local, finding.local)}
              {where(t.review.central.centralFile, finding.central)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Each central copy opened beside the same machine's local log: what the two disagree on, entry by entry. */
export function CentralComparisons() {
  const t = useT();
  const comparisons = useStore((s) => s.reviewSummary?.comparisons ?? []);
  if (comparisons.length === 0) return null;
  return (
    <div className="central-comparisons" role="group" aria-label={t.review.central.comparisonsTitle}>
      <h4 className="section-subtitle">{t.review.central.comparisonsTitle}</h4>
      <ul>
        {comparisons.map((comparison) => (
          <Comparison key={comparison.installId} comparison={comparison} />
        ))}
      </ul>
    </div>
  );
}
