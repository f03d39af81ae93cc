import type { Wording } from '../../messages/coded-message';
import type { appMessageParams } from '../../messages/app-message';

/** Why main refused or failed a call, under the error's plain sentence (and in main's diagnostic log). */
export const appMessages: Wording<typeof appMessageParams> = {
  signInToAct: () => 'Sign in to remove or reset a passcode',
  signInToRevealAgain: () => 'Sign in to see the generated passcode again',
  signInToReveal: () => 'Sign in to see the generated passcode',
  signInToClose: () => 'Sign in to close an action',
  signInToCheckIntune: () =>
    "Sign in to check against Intune: it reads Intune's own record of passcode actions (remoteActionAudits). Everything else in the review works without sign-in.",
  confirmIdentity: () => "Confirm that you verified the requester's identity",
  ticketRequired: () => 'Enter a ticket reference: your settings require one for every passcode action',
  ticketMissing: () => 'Enter a ticket reference',
  ticketTooShort: ({ min }) => `A ticket reference has at least ${min} characters`,
  ticketNoLetterOrDigit: () => 'A ticket reference needs at least one letter or digit',
  ticketTooLong: ({ max }) => `A ticket reference has at most ${max} characters`,
  ticketPattern: ({ ticket, pattern }) => `The ticket reference "${ticket}" does not have the form your organisation requires (${pattern}).`,
  actionInProgress: ({ state }) => `A passcode action on this device is still in progress (${state}); wait for it to finish`,
  recentAction: () => 'A passcode action on this device is under way or was taken in the last 15 minutes. Check it, then confirm again to send another.',
  unknownOutcomeIntune: () =>
    'Intune shows an earlier passcode action on this device that has not finished: its outcome is unknown. Check the device and its Device actions in Intune, then confirm again to send another.',
  unknownOutcomeOwn: ({ requestedAt }) =>
    `It is not known whether the last passcode action on this device (${requestedAt}) was carried out. Check the device (ask the user whether the passcode changed), and in the Intune admin center open Devices > the device > Device actions (or Tenant administration > Device actions), then confirm again to send another.`,
  appClosing: () => 'The app is closing',
  logNotWritten: ({ cause }) => `The action was not sent: the action log could not be written (${cause})`,
  logNotReadable: ({ cause }) => `Earlier actions could not be read from the action log: ${cause}`,
  logNotOpen: () => 'The action log is not open, so no passcode action can be taken. Review logs still works.',
  closeNotWritten: ({ cause }) => `The action was not closed: the action log could not be written (${cause})`,
  rereadNotWritten: ({ cause }) => `The passcode was not shown: the action log could not record why (${cause})`,
  notFollowed: () => 'No such action is being followed in this tenant',
  closeOnlyUnknown: ({ state }) => `Only an action whose outcome is unknown can be closed by hand; this one is ${state}`,
  noPasscodeWaiting: () => 'No generated passcode is waiting for this action: it was already shown, it expired, or the app was restarted since',
  rereadReason: ({ min, max }) => `Say why you need the passcode again (${min} to ${max} characters)`,
  rereadNotInLog: () => 'This action is not in the action log of the signed-in tenant',
  rereadTooOld: () => 'Intune keeps a generated passcode for seven days after the action; this one is older',
  rereadNoPasscode: () => 'Intune holds no generated passcode for this action (any more)',
  rereadReasonHasPasscode: () => 'The reason must not contain the passcode: it is written to the action log',
  reviewClosed: () => 'This review is no longer open. Open the log files again.',
  intuneCheckUnavailable: () => 'Checking against Intune is not available here.',
  nothingToExport: () => 'Check against Intune first: there is no result to export.',
  devicePageFailedCheck: ({ count, where }) =>
    `A page of ${count} devices sent by the app's main process failed its check (field ${where}), so the list stops before it rather than leave those devices out.`,
  devicePageUnreadable: () =>
    "A page of devices sent by the app's main process could not be read, so the list stops before it rather than leave those devices out.",
};
