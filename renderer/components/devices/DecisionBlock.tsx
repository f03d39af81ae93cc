import { useT } from '../../hooks/use-messages';
import type { DecisionText } from '../../i18n/decision-text';
import { RuleSourceNote } from '../checks/RuleSourceNote';

/** The rule engine's decision in words: eligible or not, why, what will happen, and which documentation the rule comes from. */
export function DecisionBlock({ decision, reasonId }: { decision: DecisionText; reasonId: string }) {
  const t = useT();
  return (
    <section className={`decision ${decision.eligible ? 'decision-eligible' : 'decision-ineligible'}`} aria-labelledby="decision-title">
      <h3 id="decision-title" className="section-title">
        {t.details.decisionTitle}
        <span className={`badge ${decision.eligible ? 'badge-eligible' : 'badge-ineligible'}`}>
          {decision.eligible ? t.details.eligible : t.details.notEligible}
        </span>
      </h3>
      <p className="decision-mode">{decision.mode}</p>
      <p className="decision-label">{decision.eligible ? t.details.whatHappens : t.details.whyNot}</p>
      <p id={reasonId} className="decision-text">
        {decision.text}
      </p>
      {decision.generatesPasscode && (
        <p className="decision-note">{decision.userless ? t.details.generatesPasscodeUserless : t.details.generatesPasscode}</p>
      )}
      {decision.alternative && (
        <>
          <p className="decision-label">{t.details.alternativeTitle}</p>
          <p className="decision-text decision-alternative">{decision.alternative}</p>
        </>
      )}
      <RuleSourceNote source={decision.source} caution={decision.caution} />
    </section>
  );
}
