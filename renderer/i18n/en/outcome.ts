/**
 * Why an action ended as it did and what to do next, for every place the
 * action appears after its dialog is closed (actions log, details panel).
 */
export const outcome = {
  reasonLabel: 'Why',
  nextLabel: 'What to do next',
  failedApple:
    'The device could not remove its passcode. The usual causes: no passcode policy applies to it, or Intune holds no unlock token for it.',
  // When the check before the action had found no unlock token: the cause is known, and trying again cannot help.
  failedAppleNoUnlockToken:
    'The device could not remove its passcode, and Intune holds no unlock token for it (the check before the action found none): without that token, removal cannot work.',
  nextFailedAppleNoUnlockToken:
    'Do not send it again: it would fail the same way. Only a wipe recovers the device, and the data on it is lost: agree that with the user first.',
  failedAndroid: 'The device could not reset its passcode. The usual cause: no passcode policy is enforced on the device or its work profile.',
  nextFailedApple:
    'In Intune, check that a passcode (compliance or device restrictions) policy is assigned to the device, then try again. If Intune has no unlock token for it, only a wipe recovers the device: the data on it is lost.',
  nextFailedAndroid: 'In Intune, check that a passcode policy is assigned to the device or its work profile, let the device sync, then try again.',
  notSupportedWorkProfile:
    'Intune accepted the request, but the device could not carry it out: the user never activated the work profile’s passcode reset token.',
  nextNotSupportedWorkProfile:
    'The token cannot be activated remotely. If the user can still unlock the phone, ask them to accept the “activate passcode reset” notification; otherwise the work profile has to be removed (Retire in Intune) and the device enrolled again.',
  notSupportedOther: 'Intune accepted the request, but the device reported that it cannot carry out this action.',
  nextNotSupportedOther: 'Check the device’s OS version and enrollment type in Intune; Device actions on the device’s page shows the same result.',
  canceled: 'The action was canceled in Intune before the device ran it.',
  nextCanceled: 'If the user is still locked out, send the action again.',
  unknown: 'It is not known whether Intune received the request; the app keeps checking the device.',
  nextUnknown: 'Do not send it again yet: the app keeps checking the device for up to an hour. If the user cannot wait, check the device and its Device actions in Intune, then use Close by hand.',
  intuneErrorCode: (code: string) => `Intune's error code: ${code}.`,
  nextRequestFailed: 'Nothing reached the device: Intune refused the request, or it was not sent. Deal with the reason above, then send the action again if the user is still locked out.',
  nextNotPermitted: 'Nothing reached the device. Sending it again fails the same way until an Intune administrator grants what is missing; then send it again if the user is still locked out.',
  nextUnresolved:
    'Check the device (ask the user whether the passcode changed) and its Device actions in the Intune admin center. A new action on this device asks you to confirm twice.',
  loggedAs: 'As written in the action log',
  nextRefused: 'Nothing was sent to the device. Open the device again to see its current rule decision.',
};
