/**
 * The remote actions Passcode Desk can ask Intune for. Each kind has one
 * descriptor in main (main/actions/remote-actions.ts: its Graph call, rule,
 * and how its result is found) and one set of texts in the renderer
 * (renderer/i18n/<language>/actions.ts, `kinds`). Its name here is the value
 * of `action` in the action log and the name Graph gives it.
 */
export const remoteActionKinds = ['resetPasscode', 'syncDevice'] as const;
export type RemoteActionKind = (typeof remoteActionKinds)[number];

/** Log entries written before the log named the action are passcode actions: it was the only kind. */
export const legacyRemoteAction: RemoteActionKind = 'resetPasscode';

/** What both processes need to know of a kind before asking for it. */
export interface RemoteActionTraits {
  /** The technician must confirm the requester's identity (and the ticket rule applies). */
  readonly needsIdentityCheck: boolean;
  /** Someone else's action minutes ago on the device needs a second confirmation first. */
  readonly confirmsRecentActions: boolean;
}

export const remoteActionTraits: Record<RemoteActionKind, RemoteActionTraits> = {
  resetPasscode: { needsIdentityCheck: true, confirmsRecentActions: true },
  // Only asks the device to check in now: it changes nothing on it and reveals nothing.
  syncDevice: { needsIdentityCheck: false, confirmsRecentActions: false },
};
