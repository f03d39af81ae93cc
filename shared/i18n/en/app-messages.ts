import { aadsts, aadstsIn } from './aadsts';
import { waitWords } from '../wait-words';
import { networkFaultWords, osFaultWords, systemFaultWords } from '../os-fault';
import type { Wording } from '../../messages/coded-message';
import type { appMessageParams } from '../../messages/app-message';

/** Where a technician sees what Intune did: the device itself, and the admin center's record of remote actions. */
const whereToCheck =
  'Check the device (ask the user whether the passcode changed), and in the Intune admin center open Devices > the device > Device actions (or Tenant administration > Device actions)';
const intuneCode = (errorCode: string) => (errorCode === '' ? '' : ` (error code ${errorCode})`);
const unknownOutcome = (why: string) =>
  `It is not known whether Intune received the request: ${why}. The app is checking the device's action status; do not send the action again.`;
const unresolved = (why: string) => `${why}. The app stopped checking. ${whereToCheck}. A new action on this device asks you to confirm twice.`;

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
  signInCancelled: () => 'Sign-in was cancelled.',
  signInCancelledInBrowser: () => 'Sign-in was cancelled in the browser.',
  signInReplaced: () => 'A new sign-in replaced this one.',
  signInTimedOut: () =>
    'Sign-in timed out: the browser never came back to Passcode Desk. If the browser showed no Microsoft sign-in page, this computer may be offline: check the network, then try again. Otherwise try again, or sign in with a code instead.',
  signInCodeExpired: () => 'The sign-in code expired before it was used. Start again to get a new code.',
  signInExpired: () => 'Your sign-in has expired. Sign in again.',
  signInLoopback: () => "The browser's answer did not reach Passcode Desk. Try again, or sign in with a code instead.",
  signInNoAnswer: ({ detail }) =>
    `Microsoft's sign-in service did not answer (${networkFaultWords('en', detail)}). If other websites open on this computer, a proxy or firewall may be blocking Microsoft's sign-in: tell IT.`,
  signInAadsts: ({ number }) => `${aadstsIn(aadsts, number) ?? 'Microsoft sign-in refused the request.'} (AADSTS${number})`,
  signInAadstsOther: ({ number, detail }) => `Microsoft sign-in refused the request (AADSTS${number}). Microsoft said: “${detail}” Give the AADSTS code to your Entra administrator.`,
  signInFailedCode: ({ code, detail }) => `Sign-in failed (${code}): “${detail}” Try again; if it fails again, give this code to IT.`,
  signInFailed: ({ detail }) => `Sign-in failed: “${detail}” Try again; if it fails again, tell IT.`,
  signInBrowserNotOpened: ({ cause }) =>
    `The sign-in page was not opened: the system browser could not be started (${systemFaultWords('en', cause)}). Check that this computer has a default browser, then try again, or sign in with a code instead.`,
  signInAddressUnexpected: ({ host }) =>
    `The sign-in page was not opened: Passcode Desk refused an unexpected sign-in address (it must be https://${host}/…/authorize). Try again, or sign in with a code instead; if it happens again, tell IT.`,
  signInAddressUnreadable: () =>
    'The sign-in page was not opened: Passcode Desk refused a sign-in address it could not read. Try again, or sign in with a code instead; if it happens again, tell IT.',
  signInRedirectNotOwn: () =>
    'The sign-in page was not opened: Passcode Desk refused a sign-in address that would send the answer somewhere other than this app. Try again, or sign in with a code instead; if it happens again, tell IT.',
  signInSettingsNeedFixing: () => 'The tenant or client ID in Settings is missing or not valid. Open Settings > Tenant connection and check both (IT has them).',
  signInTenantMissing: () =>
    'Settings have a client ID but no tenant. Open Settings > Tenant connection and enter the directory (tenant) ID or a verified domain (IT has it).',
  signInTenantInvalid: () =>
    'The tenant in Settings is not valid: it must be a directory (tenant) ID such as 72f988bf-86f1-41af-91ab-2d7cd011db47, or a domain such as contoso.onmicrosoft.com. Open Settings > Tenant connection and correct it (IT has it).',
  signInClientIdMissing: () =>
    'Settings have a tenant but no client ID. Open Settings > Tenant connection and enter the Application (client) ID of your app registration (IT has it).',
  signInClientIdInvalid: () =>
    'The client ID in Settings is not valid: it must be the Application (client) ID of your app registration, a GUID such as 1b2c3d4e-0000-4000-8000-00000000abcd. Open Settings > Tenant connection and correct it (IT has it).',
  signInCloudUnknown: ({ cloud }) => `The cloud “${cloud}” in the settings is not one Passcode Desk knows. Tell IT: the organisation policy or settings file names it.`,
  savedSignInUnreadable: ({ file }) =>
    `Your saved sign-in could not be read (the file was damaged, or saved by another user account), so it was set aside as ${file}. Sign in again.`,
  deviceGone: () => 'This device no longer exists in Intune. Refresh the list; if it was re-enrolled it has a new entry.',
  graphForbiddenRead: () =>
    'Intune refused the request (403): your account needs permission to read managed devices (an Intune role with Managed devices > Read), and the app registration needs DeviceManagementManagedDevices.Read.All. Ask your Intune administrator.',
  graphForbiddenReset: () =>
    'Intune refused the request (403): your account needs an Intune role with Remote tasks > Reset passcode (the built-in Help Desk Operator role has it), and the app registration needs DeviceManagementManagedDevices.PrivilegedOperations.All with admin consent. Ask your Intune administrator.',
  graphForbiddenAudits: () => 'Intune refused the request (403): your account needs permission to read Intune audit data for remote actions. Ask your Intune administrator.',
  graphSignInRejected: () => 'Microsoft Graph did not accept your sign-in (401). Sign out and sign in again.',
  // How older versions worded a Retry-After; main no longer says it, but action logs they wrote still carry it.
  graphThrottledInSeconds: ({ seconds }) => `Intune is limiting requests right now (429). Try again in ${seconds} s.`,
  graphThrottled: ({ seconds }) => `Intune is limiting requests right now (429). Try again in ${waitWords('en', seconds)}.`,
  graphThrottledNoWait: () => 'Intune is limiting requests right now (429). Wait a minute, then try again.',
  graphResetRefused: ({ said }) =>
    `Intune refused the request (400); it says this for a device whose platform does not support the action. Check the device's platform and enrolment in Intune.${said ? ` Intune said: “${said}”` : ''}`,
  graphUnavailable: ({ status, said }) => `Intune is not available right now (${status}). Wait a few minutes, then try again.${said ? ` Intune said: “${said}”` : ''}`,
  graphRefused: ({ status, said }) => `Intune refused the request (${status}). Try again; if it is refused again, give the request ID below to IT.${said ? ` Intune said: “${said}”` : ''}`,
  graphTimeout: () => 'Microsoft Graph did not answer in time. Check the network connection and try again.',
  graphNetwork: ({ detail }) => `Microsoft Graph could not be reached (${networkFaultWords('en', detail)}). Check the network connection and try again.`,
  graphCancelled: () => 'The request was cancelled.',
  graphMalformed: ({ detail }) => `Microsoft Graph sent an answer the app cannot read (${detail}). Try again; if it happens again, tell IT.`,
  graphInternal: () => "Something went wrong while talking to Microsoft Graph. Try again; the details are in the app's diagnostic log.",
  graphDeviceWithoutId: () => 'Microsoft Graph sent a device without an id. Refresh the list and try again.',
  graphOtherDevice: () => 'Microsoft Graph answered with another device than the one asked for; nothing was sent. Refresh the list and try again.',
  logInUse: ({ pid, since }) => `The action log is in use by another Passcode Desk instance (process ${pid}, since ${since}). Close it and try again.`,
  logLockChanging: ({ file }) => `The action log lock ${file} keeps changing hands; another instance is starting. Try again.`,
  logFolderNotCreated: ({ cause }) => `The action log folder could not be created (${osFaultWords('en', cause)}). Check that the folder in Settings exists and that you may write to it.`,
  logReadFailed: ({ cause }) => `The action log could not be read (${osFaultWords('en', cause)}). Check that the log folder is reachable, then restart the app.`,
  logOpenFailed: ({ cause }) => `The action log could not be opened (${osFaultWords('en', cause)}). Check that the log folder is reachable, then restart the app.`,
  logWriteFailed: ({ cause }) => `The action log could not be written (${osFaultWords('en', cause)}); nothing was sent. Check free disk space and the log folder, then try again.`,
  logEntryRefused: ({ problem }) => `The app refused to write a log entry: ${problem}. Nothing was sent; tell IT.`,
  logStoppedWriteFailed: ({ file, cause }) =>
    `The action log cannot be written again until the app restarts: writing ${file} failed (${osFaultWords('en', cause)}). Nothing is sent, closed or changed until then. Check free disk space and the log folder, then restart the app.`,
  logStoppedClosed: () => 'The action log is closed (the app is closing or switching tenant), so nothing is sent, closed or changed. Try again once the app is open.',
  logStoppedTakenOver: () =>
    'Another Passcode Desk instance took over the action log while this one was suspended, so this one writes nothing more: nothing is sent, closed or changed. Restart the app.',
  logFilesNotRead: ({ cause }) => `The log files could not be read (${osFaultWords('en', cause)}). Check that they are reachable, then open them again.`,
  keyRefInvalid: ({ ref }) => `“${ref}” is neither a key fingerprint nor a base64 Ed25519 public key. Copy the fingerprint from Settings on the computer that wrote the log.`,
  exportNotWritten: ({ cause }) => `The file could not be written (${osFaultWords('en', cause)}). Choose another folder, or check free disk space, then export again.`,
  settingsNotSaved: ({ cause }) => `Settings could not be saved (${osFaultWords('en', cause)}). Check free disk space and that your account may write to the app's data folder, then save again.`,
  settingsSwitchOffNoLog: () => 'This change switches a control off, which must be written to the action log first, and the log is not open. Restart the app, then try again.',
  settingsNotRecorded: ({ cause }) => `The change was not made because it could not be recorded in the action log (${cause}). Try again.`,
  tenantNotOpened: ({ problem }) => `The tenant in Settings could not be opened (${problem}). Check the settings, or restart the app.`,
  unknownOperation: ({ channel }) => `The window asked for an operation main does not offer (${channel}). Restart the app; if it happens again, tell IT.`,
  invalidArguments: ({ channel }) => `The window sent arguments main did not accept (${channel}). Restart the app; if it happens again, tell IT.`,
  invalidDeviceId: ({ channel }) =>
    `The window named a device by an id that is not an Intune device id (a GUID), so nothing was asked of Intune (${channel}). Reload the device list and pick the device again; if it happens again, tell IT.`,
  operationFailed: ({ channel }) => `Something went wrong in ${channel}. Try again; details are in the app's diagnostic log.`,
  notFromWindow: () => 'This request did not come from the Passcode Desk window and was refused.',
  devicePageUnreadable: () =>
    "A page of devices sent by the app's main process could not be read, so the list stops before it rather than leave those devices out.",
  preflightReportLate: ({ minutes }) => `Intune's report did not arrive within ${minutes} minutes`,
  preflightGraphLate: ({ seconds }) => `Microsoft Graph did not answer within ${seconds} s`,
  preflightReportNoId: () => 'Intune started the report without an id',
  preflightReportNotReady: ({ minutes }) => `Intune's report was not ready within ${minutes} minutes`,
  preflightReportJobFailed: () => 'Intune could not make the report (its export job failed)',
  preflightReportNoLink: () => 'Intune finished the report without a download link',
  preflightReportUnreadable: ({ detail }) => `Intune's report could not be read (${detail})`,
  preflightReportLinkRefused: () => "Intune's report was not downloaded: its link is not https",
  preflightReportNotDownloaded: ({ cause }) => `Intune's report could not be downloaded (${osFaultWords('en', cause)})`,
  preflightReportDownloadStatus: ({ status }) => `The storage holding Intune's report answered ${status} to the download`,
  preflightReportDownloadLate: ({ seconds }) => `Intune's report did not finish downloading within ${waitWords('en', seconds)}`,
  preflightReportTooLarge: () => "Intune's report is too large to read",
  preflightReportNotZip: () => "Intune's report download is not a ZIP archive",
  preflightReportZipEmpty: () => "Intune's report arrived as an empty ZIP archive",
  preflightReportZipDamaged: () => "Intune's report arrived as a damaged or cut-short ZIP archive",
  preflightReportZipMethod: ({ method }) => `Intune's report arrived packed in a way the app cannot unpack (ZIP method ${method})`,
  preflightNotInReport: () => "This device is not in Intune's Devices report (enrolled after the report was made?)",
  preflightTokenValueOdd: ({ value }) => `The report gave “${value}” for the unlock token`,
  preflightFailed: ({ detail }) => `The check stopped (${detail})`,
  deviceFailedApple: ({ errorCode }) =>
    `Intune reports that the passcode action failed on the device${intuneCode(errorCode)}. Common causes: no passcode policy applies to the device, or Intune lacks the device's unlock token (then only a wipe recovers it).`,
  deviceFailedOther: ({ errorCode }) =>
    `Intune reports that the passcode action failed on the device${intuneCode(errorCode)}. A common cause: no passcode policy is enforced on the device or its work profile.`,
  notSupportedWorkProfile: () =>
    "Intune reports the action is not supported on this device: the work profile's passcode reset token was never activated by the user.",
  notSupportedOnDevice: () => 'Intune reports the action is not supported on this device.',
  canceledInIntune: () => 'The action was canceled in Intune before it ran.',
  outcomeUnknownTimeout: () => unknownOutcome('Microsoft Graph did not answer in time'),
  outcomeUnknownStatus: ({ status }) => unknownOutcome(`Intune answered ${status}, which does not say whether it queued the action`),
  outcomeUnknownDropped: () => unknownOutcome('the connection dropped before Intune answered'),
  unresolvedNeverShown: () =>
    unresolved("Intune never showed this action in the device's action results, so it is not known whether the request reached it"),
  unresolvedNotFinished: ({ state }) =>
    unresolved(`Intune queued this action but did not report its end in time (last state: ${state}); the device may not have checked in`),
  unresolvedNotListed: () => unresolved("Intune accepted this action but never showed it in the device's action results"),
  actionNotSent: () => 'The action was not sent: the app closed or switched tenant before the request went out. Try again.',
};
