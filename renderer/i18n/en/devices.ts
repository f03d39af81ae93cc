import type { GraphComplianceState, GraphOwnerType } from '../../../shared/devices/graph-enums';
import type { PlatformFamily } from '../../store/device-query';
import type { PasscodeActionKind } from '../../../shared/rules/passcode-codes';

export const devices = {
  region: 'Devices',
  searchLabel: 'Search devices',
  // The shortcut is in the tooltip: in the placeholder it was the part cut off at 1280 px.
  searchPlaceholder: 'Name, user, serial, IMEI or model',
  searchShortcut: 'Press / anywhere to come back to this search',
  platformFilter: 'Platform',
  families: { all: 'All', apple: 'iOS / iPadOS', android: 'Android', other: 'Other' } satisfies Record<PlatformFamily, string>,
  eligibleOnly: 'Eligible only',
  // "46 of 2,500" and " devices" apart: below 1400 px the word is left to screen readers, so the count keeps one line.
  countOf: (shown: string, total: string) => `${shown} of ${total}`,
  countOfUnit: ' devices',
  countAll: (n: number, total: string) => (n === 1 ? '1 device' : `${total} devices`),
  loadingProgress: (loaded: string) => `Loading devices… ${loaded} so far`,
  /** When Intune told the list's size. */
  loadingProgressOf: (loaded: string, total: string) => `Loading devices… ${loaded} of ${total}`,
  /** While the last session's list is shown: the count is of the fresh list loading behind it, not of the rows on screen. */
  refreshProgress: (loaded: string) => `Fresh list from Intune: ${loaded} devices so far`,
  refreshProgressOf: (loaded: string, total: string) => `Fresh list from Intune: ${loaded} of ${total} devices`,
  progressLabel: 'Device list loading',
  reload: 'Reload',
  loadFailed: 'The device list could not be loaded.',
  loadStopped: (loaded: string) => `Loading stopped after ${loaded} devices.`,
  lastSession: (savedAt: string) => `From your last session (saved ${savedAt}). Refreshing from Intune…`,
  lastSessionStale: (savedAt: string) => `Still the list from your last session (saved ${savedAt}): it could not be refreshed.`,
  empty: 'Intune reports no managed devices in this tenant.',
  noMatch: 'No device matches this search or filter.',
  clearSearch: 'Clear search and filters',
  notLoaded: 'Loading the device list…',
  columns: {
    name: 'Device',
    user: 'User',
    serial: 'Serial number',
    platform: 'Platform',
    mode: 'Enrollment',
    owner: 'Ownership',
    compliance: 'Compliance',
    lastSync: 'Last sync',
    eligibility: 'Passcode action',
  },
  sortBy: (column: string) => `Sort by ${column}`,
  resizeName: 'Resize the Device column',
  imeiPrefix: 'IMEI',
  selectedLine: 'Selected',
  notSupported: 'Not supported',
  /** The action in the table's narrow column, under the "Passcode action" header; the full name is its tooltip. */
  actionShort: { remove: 'Remove', reset: 'Reset' } satisfies Record<PasscodeActionKind, string>,
  /** The column's word for a device that supports the action when the sign-in lacks the permission to send it. */
  actionNotAllowed: 'Not allowed',
  actionNotAllowedTitle: 'This device supports the action, but your sign-in does not allow passcode actions on any device. Open a device to read what to ask an administrator for.',
  noUser: 'No user',
  unnamed: '(no name)',
  tableHelp: 'Arrow keys move, Enter opens the device.',
  compliance: {
    unknown: 'Unknown',
    compliant: 'Compliant',
    noncompliant: 'Not compliant',
    conflict: 'Conflict',
    error: 'Error',
    inGracePeriod: 'In grace period',
    configManager: 'Config Manager',
  } satisfies Record<GraphComplianceState, string>,
  owner: { unknown: 'Unknown', company: 'Corporate', personal: 'Personal' } satisfies Record<GraphOwnerType, string>,
};
