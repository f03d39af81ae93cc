import { z } from 'zod';
import {
  passcodeModes,
  passcodeOutcomeCodes,
  passcodeReasonCodes,
  ruleSources,
  type PasscodeActionKind,
  type PasscodeMode,
  type PasscodeOutcomeCode,
  type PasscodeReasonCode,
  type RuleSource,
} from './passcode-codes';
import { passcodeActionLabels, passcodeOutcomeText, passcodeReasonText } from './passcode-text';

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
  }),
  z.object({
    eligible: z.literal(false),
    mode: z.enum(passcodeModes),
    reasonCode: z.enum(passcodeReasonCodes),
    source: z.enum(ruleSources),
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

const apple: ModeTraits = { actionKind: 'remove', generatesPasscode: false };
const androidUserSets: ModeTraits = { actionKind: 'reset', generatesPasscode: false };
const androidGenerated: ModeTraits = { actionKind: 'reset', generatesPasscode: true };
const noAction: ModeTraits = { actionKind: null, generatesPasscode: false };

// Device administrator is listed as generating a passcode because Graph's
// resetPasscodeActionResult returns one for it.
const modeTraits: Record<PasscodeMode, ModeTraits> = {
  ios_device: apple,
  ipados_device: apple,
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
  visionos: noAction,
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
