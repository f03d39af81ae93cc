import { z } from 'zod';
import {
  passcodeCautionCodes,
  passcodeModes,
  passcodeOutcomeCodes,
  passcodeReasonCodes,
  ruleSources,
  type PasscodeActionKind,
  type PasscodeCautionCode,
  type PasscodeMode,
  type PasscodeOutcomeCode,
  type PasscodeReasonCode,
  type RuleSource,
} from './passcode-codes';
import { passcodeActionLabels, passcodeCautionText, passcodeOutcomeText, passcodeReasonText } from './passcode-text';

/**
 * A decision as codes only: what rides on every device over IPC (100,000 of
 * them) and into the action log. Everything else is derived by expandDecision.
 */
export const compactDecisionSchema = z.discriminatedUnion('eligible', [
  z.object({
    eligible: z.literal(true),
    mode: z.enum(passcodeModes),
    outcomeCode: z.enum(passcodeOutcomeCodes),
    source: z.enum(ruleSources),
    cautionCode: z.enum(passcodeCautionCodes).optional(),
  }),
  z.object({
    eligible: z.literal(false),
    mode: z.enum(passcodeModes),
    reasonCode: z.enum(passcodeReasonCodes),
    source: z.enum(ruleSources),
    cautionCode: z.enum(passcodeCautionCodes).optional(),
  }),
]);
export type CompactDecision = z.infer<typeof compactDecisionSchema>;

interface DecisionCommon {
  mode: PasscodeMode;
  /**
   * The platform's name for the action, also when the device is not eligible,
   * so the UI can show the disabled action with its reason. Null off iOS/iPadOS/Android.
   */
  actionKind: PasscodeActionKind | null;
  actionLabel: string | null;
  source: RuleSource;
  /** Intune generates a new passcode that Graph returns to the admin (never for an ineligible device). */
  generatesPasscode: boolean;
  /** Where current docs differ from the seed's rule that decided: said beside the decision, never hidden. */
  cautionCode: PasscodeCautionCode | null;
  caution: string | null;
}

export type PasscodeDecision = DecisionCommon &
  (
    | { eligible: true; outcomeCode: PasscodeOutcomeCode; outcome: string; reasonCode: null; reason: null }
    | { eligible: false; reasonCode: PasscodeReasonCode; reason: string; outcomeCode: null; outcome: null }
  );

interface ModeTraits {
  actionKind: PasscodeActionKind | null;
  generatesPasscode: boolean;
}

// A personally-owned work profile on Android 8.0+ *may* get a generated
// passcode (current docs): not promised here, but revealable if Graph returns one.
const apple: ModeTraits = { actionKind: 'remove', generatesPasscode: false };
const androidUserSets: ModeTraits = { actionKind: 'reset', generatesPasscode: false };
const androidGenerated: ModeTraits = { actionKind: 'reset', generatesPasscode: true };
const noAction: ModeTraits = { actionKind: null, generatesPasscode: false };

// Device administrator is listed as generating a passcode because Graph's
// resetPasscodeActionResult returns one for it.
const modeTraits: Record<PasscodeMode, ModeTraits> = {
  ios_device: apple,
  ipados_device: apple,
  shared_ipad: apple,
  apple_user_enrollment: apple,
  android_work_profile: androidUserSets,
  android_device_admin: androidGenerated,
  android_enterprise_dedicated: androidGenerated,
  android_enterprise_fully_managed: androidGenerated,
  android_enterprise_corporate_work_profile: androidGenerated,
  android_aosp_user_owned: androidGenerated,
  android_aosp_userless: androidGenerated,
  macos: noAction,
  windows: noAction,
  linux: noAction,
  chromeos: noAction,
  visionos: apple, // visionOS 1.1+ supports ClearPasscode (docs/intune-facts.md)
  tvos: noAction,
  unknown: noAction,
};

/** The full decision, with English text, from its codes. */
export function expandDecision(compact: CompactDecision): PasscodeDecision {
  const { actionKind, generatesPasscode } = modeTraits[compact.mode];
  const common: DecisionCommon = {
    mode: compact.mode,
    actionKind,
    actionLabel: actionKind === null ? null : passcodeActionLabels[actionKind],
    source: compact.source,
    generatesPasscode: compact.eligible && generatesPasscode,
    cautionCode: compact.cautionCode ?? null,
    caution: compact.cautionCode === undefined ? null : passcodeCautionText[compact.cautionCode],
  };
  return compact.eligible
    ? {
        ...common,
        eligible: true,
        outcomeCode: compact.outcomeCode,
        outcome: passcodeOutcomeText[compact.outcomeCode],
        reasonCode: null,
        reason: null,
      }
    : {
        ...common,
        eligible: false,
        reasonCode: compact.reasonCode,
        reason: passcodeReasonText[compact.reasonCode],
        outcomeCode: null,
        outcome: null,
      };
}
