import type { RuleSource } from '../../../shared/rules/passcode-codes';
import { useT } from '../../hooks/use-messages';

/** Which documentation the decision follows, and a caution where current Microsoft docs differ from it. */
export function RuleSourceNote({ source, caution }: { source: RuleSource; caution: string | null }) {
  const t = useT();
  const sourceText = source === 'seed' ? t.details.sourceSeed : source === 'current-docs' ? t.details.sourceCurrent : t.checks.sourceBoth;
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
