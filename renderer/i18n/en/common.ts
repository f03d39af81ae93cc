import type { ErrorCode } from '../../../shared/result';
import type { ActionState } from '../../../shared/actions/action-summary';

export const common = {
  appName: 'Passcode Desk',
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  unknown: 'Unknown',
  none: 'None',
  notAvailable: '—',
  startupFailed: 'Passcode Desk could not start',
  details: (message: string) => `Details: ${message}`,
  requestId: (id: string) => `Graph request ID: ${id}`,
};

export const errors: Record<ErrorCode, string> = {
  invalid_request: 'The app sent a request its main process did not accept. Please report this.',
  forbidden_sender: 'The request did not come from the app window and was refused.',
  unknown_channel: 'The app asked for something its main process does not offer. Please report this.',
  not_signed_in: 'You are signed out. Sign in again to continue.',
  not_permitted: 'Your account may not do this in Intune. Signing in again will not change it: an Intune administrator has to grant what is missing.',
  sign_in_failed: 'Sign-in did not complete.',
  invalid_settings: 'These settings could not be saved.',
  not_found: 'Intune no longer knows this device: it may have been deleted or retired.',
  not_eligible: 'The passcode rules do not allow this action on this device any more.',
  already_in_progress: 'A passcode action for this device is still in progress. Wait for it to finish.',
  confirmation_required: 'Someone took a passcode action on this device in the last 15 minutes, or one is still under way. Check it, then confirm again.',
  graph_error: 'Microsoft Intune refused the request.',
  outcome_unknown: 'It is not known whether Intune carried out the last action. Check the device and the Intune admin center (Devices > the device > Device actions).',
  network_error: "Microsoft's online services could not be reached. Check the network connection and try again.",
  // No fixed wait here: the detail under it gives Intune's own ("Try again in 1 second"), and the two must not disagree.
  throttled: 'Microsoft Intune is receiving too many requests. Wait a little and try again.',
  log_error: 'The action log could not be written or read, so nothing was sent to the device.',
  log_locked: 'Another Passcode Desk window or instance is using the action log. Close it and try again.',
  cancelled: 'Cancelled.',
  unavailable: 'This is not available yet in this version or mode.',
  internal: 'Something went wrong inside the app.',
};

export const states: Record<ActionState, string> = {
  requested: 'Requested',
  refused: 'Refused',
  accepted: 'Accepted',
  unknown: 'Outcome unknown',
  pending: 'Pending',
  active: 'Active',
  done: 'Done',
  failed: 'Failed',
  notSupported: 'Not supported',
  canceled: 'Canceled',
  unresolved: 'Unresolved',
  closed: 'Closed by hand',
};

/** One line for each state, for tooltips and the live region. */
export const stateHints: Record<ActionState, string> = {
  requested: 'Written to the action log, about to be sent to Intune.',
  refused: 'Refused before anything was sent to Intune.',
  accepted: 'Intune accepted the request and queued it for the device.',
  unknown: 'The answer from Intune was lost; the app keeps checking the device.',
  pending: 'Waiting for the device to check in with Intune.',
  active: 'The device is carrying out the action.',
  done: 'The device carried out the action.',
  failed: 'The action failed; the reason and what to do next are given with it.',
  notSupported: 'The device reported that it cannot carry out this action.',
  canceled: 'The action was canceled.',
  unresolved: 'Intune never told the outcome in time; the app stopped checking. Check the device and the Intune admin center.',
  closed: 'A technician closed this action of unknown outcome by hand, with a note.',
};

export const shell = {
  navDevices: 'Devices',
  navReview: 'Review logs',
  navSettings: 'Settings',
  mainNav: 'Main',
  demoBadge: 'Demo tenant',
  tenantBadge: 'Tenant',
  demoBanner: 'Demo tenant: simulated devices, no real device is touched.',
  signedInAs: (name: string) => `Signed in as ${name}`,
  signOut: 'Sign out',
  signIn: 'Sign in',
  account: 'Account',
  secretStorageWarning: 'Sign-in is kept in memory only on this computer',
  secretStorageDetail: 'This computer offers no OS encryption for the sign-in cache, so you sign in again each time the app starts.',
  signOutFollowingTitle: (n: number) => (n === 1 ? 'Sign out while an action is still followed?' : `Sign out while ${n} actions are still followed?`),
  signOutNotCancelled: 'Signing out cancels nothing: it sends nothing to Intune, and what Intune received stays with Intune.',
  signOutPaused: (n: number): string =>
    n === 1
      ? 'While nobody is signed in, Passcode Desk cannot ask Intune how it ends. It keeps trying, and when someone signs in to this tenant again it follows the action from where it stopped and the action log records its end.'
      : 'While nobody is signed in, Passcode Desk cannot ask Intune how they end. It keeps trying, and when someone signs in to this tenant again it follows them from where it stopped and the action log records their end.',
  signOutDeadline:
    'If nobody signs in within a day of the request (an hour when it is not known whether Intune received it), the action ends as unresolved and its outcome has to be checked in the Intune admin center.',
  staySignedIn: 'Stay signed in',
};
