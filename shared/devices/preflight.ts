import { z } from 'zod';
import { appMessageSchema } from '../messages/app-message';

/**
 * What the app could find out before the technician confirms, per device.
 * Each check has its own answer; `couldNotCheck` carries why, and never
 * stops the action (a check that could not run is no reason to refuse one).
 */
export const unlockTokenStates = ['present', 'missing', 'couldNotCheck', 'notApplicable'] as const;
export const passcodeRequirementStates = ['required', 'notFound', 'couldNotCheck', 'notApplicable'] as const;

export const preflightSchema = z.object({
  unlockToken: z.object({
    state: z.enum(unlockTokenStates),
    /** When Intune made the report the answer came from (the answer is as old as the report). */
    reportedAt: z.iso.datetime().nullable(),
    /** For `couldNotCheck`: what went wrong, as a code the window words. */
    problem: appMessageSchema.nullable(),
  }),
  passcodeRequired: z.object({
    state: z.enum(passcodeRequirementStates),
    /** For `required`: the compliance policy that asks for the passcode. */
    policyName: z.string().nullable(),
    problem: appMessageSchema.nullable(),
  }),
});
export type Preflight = z.infer<typeof preflightSchema>;
export type UnlockTokenCheck = Preflight['unlockToken'];
export type PasscodeRequirementCheck = Preflight['passcodeRequired'];
