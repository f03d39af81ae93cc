import type { RuleSource } from '../../../shared/rules/passcode-codes';
import { useT } from '../../hooks/use-messages';

/** Which documentation the decision follows, and a caution where current Microsoft docs differ from it. */
export function RuleSourceNote({ source, caution }: { source: RuleSource; caution: string | null }) {
  const t = useT();
  // Both sources: the note points to the caution only when there is one (a work profile on 8.0+ has none to quote).
  const both = caution === null ? t.checks.sourceBothNoCaution : t.checks.sourceBoth;
  const sourceText = source === 'seed' ? t.details.sourceSeed : source === 'current-docs' ? t.details.sourceCurrent : both;
  return (
    <>
      {caution !== null && (
        <p className="decision-caution" data-testid="decision-caution">
          <strong>{t.checks.cautionLabel}: </strong>
          {caution}
        </p>
      )}
      <p className="decision-source muted small">{sourceText}</p>
    </>
  );
}
