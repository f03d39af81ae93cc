import type { CompactDecision } from '../../shared/rules/passcode-decision';
import { expandDecision } from '../../shared/rules/passcode-decision';
import type { PasscodeActionKind, PasscodeMode } from '../../shared/rules/passcode-codes';
import { passcodeModes } from '../../shared/rules/passcode-codes';
import { passcodeActionLabels, passcodeAlternativeText, passcodeCautionText, passcodeModeLabels, passcodeOutcomeText, passcodeReasonText } from '../../shared/rules/passcode-text';
import type { Language } from './messages';
import { modeShortLabels } from './mode-short';
import { passcodeActionLabelsIt, passcodeAlternativeTextIt, passcodeCautionTextIt, passcodeModeLabelsIt, passcodeOutcomeTextIt, passcodeReasonTextIt } from './passcode-it';

const tables = {
  en: { actions: passcodeActionLabels, modes: passcodeModeLabels, reasons: passcodeReasonText, outcomes: passcodeOutcomeText, cautions: passcodeCautionText, alternatives: passcodeAlternativeText },
  it: { actions: passcodeActionLabelsIt, modes: passcodeModeLabelsIt, reasons: passcodeReasonTextIt, outcomes: passcodeOutcomeTextIt, cautions: passcodeCautionTextIt, alternatives: passcodeAlternativeTextIt },
} satisfies Record<Language, unknown>;

/** A decision in words, in the shown language: the shared engine's facts with this catalogue's text. */
export interface DecisionText {
  eligible: boolean;
  actionKind: PasscodeActionKind | null;
  actionLabel: string | null;
  mode: string;
  /** The mode in the device table's few words (mode-short.ts); `mode` is its full name. */
  modeShort: string;
  /** The outcome for an eligible device, the reason for one that is not. */
  text: string;
  source: CompactDecision['source'];
  generatesPasscode: boolean;
  /** Where current Microsoft docs differ from the rule that decided; null when they agree. */
  caution: string | null;
  /** A shared device with no user (dedicated, AOSP userless): a generated passcode goes to whoever looks after it. */
  userless: boolean;
  /** For a device that is not eligible: what Intune offers instead. */
  alternative: string | null;
}

const userlessModes: ReadonlySet<string> = new Set(['android_enterprise_dedicated', 'android_aosp_userless']);

export function decisionText(compact: CompactDecision, language: Language): DecisionText {
  const decision = expandDecision(compact);
  const t = tables[language];
  return {
    eligible: decision.eligible,
    actionKind: decision.actionKind,
    actionLabel: decision.actionKind === null ? null : t.actions[decision.actionKind],
    mode: t.modes[decision.mode],
    modeShort: modeShortLabels[language][decision.mode],
    text: decision.eligible ? t.outcomes[decision.outcomeCode] : t.reasons[decision.reasonCode],
    source: decision.source,
    generatesPasscode: decision.generatesPasscode,
    caution: decision.cautionCode === null ? null : t.cautions[decision.cautionCode],
    userless: userlessModes.has(decision.mode),
    alternative: decision.eligible ? null : t.alternatives[decision.reasonCode],
  };
}

function isMode(value: string): value is PasscodeMode {
  return (passcodeModes as readonly string[]).includes(value);
}

/** A mode as logged (a rule-engine code, or free text from an older log), in words. */
export function modeLabel(mode: string | null, language: Language): string | null {
  if (mode === null) return null;
  return isMode(mode) ? tables[language].modes[mode] : mode;
}

export function actionLabel(kind: PasscodeActionKind, language: Language): string {
  return tables[language].actions[kind];
}
