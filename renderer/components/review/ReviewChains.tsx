import type { ReviewedChain, ReviewedFile } from '../../../shared/review/review';
import { findingText, skipText } from '../../../shared/i18n/finding-text';
import { useFormat, useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { Fingerprint } from '../common/Fingerprint';
import { integrityGlyph, integrityLabel } from './integrity-label';
import { CentralComparisons } from './CentralComparisons';
import { ChainIntuneResult } from './IntuneCheck';
import { chainsNeedingAttentionFirst } from './chain-order';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;
const folderOf = (path: string) => path.slice(0, Math.max(0, path.length - fileName(path).length - 1));

function Badge({ integrity }: { integrity: ReviewedFile['integrity'] }) {
  const t = useT();
  const format = useFormat();
  return (
    <span className={`integrity integrity-${integrity.status}`}>
      <span aria-hidden="true">{integrityGlyph[integrity.status]} </span>
      {integrityLabel(integrity, t, format.number)}
    </span>
  );
}

function FileItem({ file }: { file: ReviewedFile }) {
  const t = useT();
  const format = useFormat();
  return (
    <li className="file-item">
      <div className="file-line">
        <Badge integrity={file.integrity} />
        <span className="file-name selectable" title={file.file}>
          {fileName(file.file)}
        </span>
        <span className="muted small">{file.copyOf ? t.review.copyOf(fileName(file.copyOf)) : t.review.entries(file.entries, format.number(file.entries))}</span>
      </div>
      <div className="file-folder muted small selectable" title={file.file}>
        {folderOf(file.file)}
      </div>
      {file.findings.length > 0 && (
        // Open from the start: a finding must not be missed.
        <details className="findings" open>
          <summary>{t.review.findingsCount(format.number(file.findings.length), format.number(file.findingCount))}</summary>
          <ul>
            {file.findings.map((finding, i) => (
              <li key={i}>
                <strong className="finding-kind">{t.review.findingKinds[finding.kind]}</strong> {t.review.findingLine(format.number(finding.line))}: {findingText(t.main, finding)}
              </li>
            ))}
          </ul>
          {file.findingCount > file.findings.length && <p className="small muted">{t.review.moreFindings(format.number(file.findingCount - file.findings.length))}</p>}
        </details>
      )}
    </li>
  );
}

/** Above this many chains, clean ones fold to one line each, so fifty machines' logs fit in a few screens. */
export const foldCleanChainsAbove = 5;

/** A chain with nothing for an admin to look at: verified, every action trusted, nothing lacking, no finding in a file. */
export function isCleanChain(chain: ReviewedChain): boolean {
  return chain.integrity.status === 'verified' && chain.untrustedActions === 0 && chain.lacks.length === 0 && chain.files.every((file) => file.findings.length === 0);
}

function ChainBody({ chain }: { chain: ReviewedChain }) {
  const t = useT();
  const format = useFormat();
  const period = chain.firstTime && chain.lastTime ? t.review.period(format.day(chain.firstTime.slice(0, 10)), format.day(chain.lastTime.slice(0, 10))) : t.review.noPeriod;
  return (
    <>
      {chain.central && (
        <p className="chain-central small">
          {t.review.central.copyFrom(chain.central.host)}
          {chain.central.duplicates > 0 && <span className="muted"> {t.review.central.duplicates(format.number(chain.central.duplicates))}</span>}
        </p>
      )}
      <dl className="chain-facts small">
        <dt>{t.review.chainTechnicians}</dt>
        <dd>{chain.technicians.length > 0 ? chain.technicians.join(', ') : t.common.notAvailable}</dd>
        <dt>{t.review.chainPeriod}</dt>
        <dd>{period}</dd>
        <dt>{t.review.chainActions}</dt>
        <dd>
          {t.review.totalActions(chain.actions, format.number(chain.actions))}
          {chain.untrustedActions > 0 && <strong className="untrusted-count"> · {t.review.untrustedCount(chain.untrustedActions, format.number(chain.untrustedActions))}</strong>}
        </dd>
        {chain.installId && (
          <>
            <dt>{t.review.chainInstall}</dt>
            <dd className="mono selectable">{chain.installId}</dd>
          </>
        )}
      </dl>
      {chain.fingerprints.map((fingerprint) => (
        <Fingerprint key={fingerprint} value={fingerprint} />
      ))}
      {chain.lacks.length > 0 && (
        <ul className="chain-lacks small">
          {chain.lacks.map((lack) => (
            <li key={lack}>{t.main.chainLacks[lack]}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function ChainCard({ chain, folded }: { chain: ReviewedChain; folded: boolean }) {
  const t = useT();
  const format = useFormat();
  const title = chain.machineName ?? (chain.installId ? t.review.unnamedMachine : t.review.noChain);
  const files = (
    <ul className="file-list">
      {chain.files.map((file) => (
        <FileItem key={file.file} file={file} />
      ))}
    </ul>
  );
  if (folded) {
    // A clean chain among many: one line (verdict, machine, actions) that opens to the whole card. What Intune's
    // check says of it stays outside the fold: a finding there must not be missed.
    return (
      <li className={`chain-card chain-${chain.integrity.status} chain-folded`} data-testid="chain">
        <details className="chain-fold">
          <summary className="chain-head">
            <Badge integrity={chain.integrity} />
            <span className="chain-machine">{title}</span>
            <span className="muted small chain-fold-actions">{t.review.totalActions(chain.actions, format.number(chain.actions))}</span>
          </summary>
          <ChainBody chain={chain} />
          {files}
        </details>
        <ChainIntuneResult chain={chain.id} />
      </li>
    );
  }
  return (
    <li className={`chain-card chain-${chain.integrity.status}`} data-testid="chain">
      <div className="chain-head">
        <Badge integrity={chain.integrity} />
        <span className="chain-machine">{title}</span>
      </div>
      <ChainBody chain={chain} />
      <ChainIntuneResult chain={chain.id} />
      {files}
    </li>
  );
}

/** One card per chain (one installation's log): who, where, when, its verdict, and its files with what was found. */
export function ReviewChains() {
  const t = useT();
  const format = useFormat();
  const summary = useStore((s) => s.reviewSummary);
  if (!summary) return null;
  const verified = summary.chains.filter((chain) => chain.integrity.status === 'verified').length;
  return (
    <section className="card review-files" aria-labelledby="review-chains-title">
      <h3 id="review-chains-title" className="section-title">
        {t.review.chainsTitle}
      </h3>
      <p className="small review-total">
        {t.review.chainsSummary(summary.chains.length, format.number(summary.chains.length), format.number(verified))} · {t.review.totalActions(summary.totalActions, format.number(summary.totalActions))}
      </p>
      {summary.reusedEntries > 0 && (
        <p className="small muted review-reused" data-testid="review-reused">
          {t.review.reused(summary.reusedEntries, format.number(summary.reusedEntries))}
        </p>
      )}
      {summary.untrustedActions > 0 && (
        <p className="notice notice-error small" role="alert">
          {t.review.untrustedNotice(summary.untrustedActions, format.number(summary.untrustedActions))}
        </p>
      )}
      <ul className="chain-list">
        {chainsNeedingAttentionFirst(summary.chains).map((chain) => (
          <ChainCard key={chain.id} chain={chain} folded={summary.chains.length > foldCleanChainsAbove && isCleanChain(chain)} />
        ))}
      </ul>
      <CentralComparisons />
      {summary.skipped.length > 0 && (
        <div className="skipped small">
          <p>{t.review.skippedTitle}</p>
          <ul>
            {summary.skipped.map((item) => (
              <li key={item.path}>
                <code className="selectable">{item.path}</code>: {skipText(t.main, item)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.tornFiles.length > 0 && (
        <div className="skipped small">
          <p>{t.review.tornFilesTitle}</p>
          <ul>
            {summary.tornFiles.map((path) => (
              <li key={path}>
                <code className="selectable">{path}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
