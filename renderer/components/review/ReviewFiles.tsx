import type { FileIntegrity } from '../../../shared/log/log-finding';
import { assertNever } from '../../../shared/result';
import { useFormat, useT } from '../../hooks/use-messages';
import type { Messages } from '../../i18n/messages';
import { useStore } from '../../store/store';
import { Fingerprint } from '../common/Fingerprint';

function integrityLabel(integrity: FileIntegrity, t: Messages, n: (v: number) => string): string {
  switch (integrity.status) {
    case 'verified':
      return t.review.integrity.verified;
    case 'broken':
      return t.review.integrity.broken(n(integrity.line));
    case 'torn-tail':
      return t.review.integrity.tornTail(n(integrity.line));
    case 'unknown-key':
      return t.review.integrity.unknownKey(n(integrity.line));
    case 'empty':
      return t.review.integrity.empty;
    default:
      return assertNever(integrity, 'integrity');
  }
}

const glyph: Record<FileIntegrity['status'], string> = { verified: '✓', broken: '✕', 'torn-tail': '!', 'unknown-key': '?', empty: '–' };

/** Each opened file with its integrity verdict and, when there are any, what was found and where. */
export function ReviewFiles() {
  const t = useT();
  const format = useFormat();
  const summary = useStore((s) => s.reviewSummary);
  if (!summary) return null;
  return (
    <section className="card review-files" aria-labelledby="review-files-title">
      <h3 id="review-files-title" className="section-title">
        {t.review.filesTitle}
      </h3>
      <p className="small review-total">{t.review.totalActions(summary.totalActions, format.number(summary.totalActions))}</p>
      <ul className="file-list">
        {summary.files.map((file) => (
          <li key={file.file} className="file-item">
            <div className="file-line">
              <span className={`integrity integrity-${file.integrity.status}`}>
                <span aria-hidden="true">{glyph[file.integrity.status]} </span>
                {integrityLabel(file.integrity, t, format.number)}
              </span>
              <span className="file-name selectable" title={file.file}>
                {file.file.split(/[\\/]/).pop()}
              </span>
              <span className="muted small">{t.review.entries(file.entries, format.number(file.entries))}</span>
            </div>
            {file.findings.length > 0 && (
              <details className="findings">
                <summary>{t.review.findingsCount(format.number(file.findings.length), format.number(file.findingCount))}</summary>
                <ul>
                  {file.findings.map((finding, i) => (
                    <li key={i}>
                      <code>{finding.kind}</code> {t.review.findingLine(format.number(finding.line))}: {finding.message}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
      {summary.signingKeys.length > 0 && (
        <div className="signing-keys">
          <p className="muted small">{t.review.signingKeys}</p>
          {summary.signingKeys.map((key) => (
            <Fingerprint key={key} value={key} />
          ))}
        </div>
      )}
    </section>
  );
}
