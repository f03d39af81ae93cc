import { describe, expect, it } from 'vitest';
import { sharedText } from '../../../../shared/i18n/catalogue';
import { word } from '../../../../shared/messages/coded-message';
import type { AppError } from '../../../../shared/result';
import { canceledStateError, failedStateError, notSupportedStateError, unknownOutcomeError, unresolvedError } from '../../../../main/actions/action-messages';
import { GraphError } from '../../../../main/graph/graph-error';

const check = 'Check the device (ask the user whether the passcode changed), and in the Intune admin center open Devices > the device > Device actions (or Tenant administration > Device actions)';

/**
 * The English these errors carry is written into signed action logs, and the
 * window words earlier logs by matching it (shared/i18n/logged-say.ts): it is
 * pinned here to the very text older versions wrote.
 */
const pinned: [string, AppError, string][] = [
  [
    'failed on an Apple device, with Intune\'s code',
    failedStateError('ios_device', -2016345060),
    "Intune reports that the passcode action failed on the device (error code -2016345060). Common causes: no passcode policy applies to the device, or Intune lacks the device's unlock token (then only a wipe recovers it).",
  ],
  [
    'failed on an Android device, without a code',
    failedStateError('android_work_profile', null),
    'Intune reports that the passcode action failed on the device. A common cause: no passcode policy is enforced on the device or its work profile.',
  ],
  [
    'not supported on a work profile',
    notSupportedStateError('android_enterprise_corporate_work_profile'),
    "Intune reports the action is not supported on this device: the work profile's passcode reset token was never activated by the user.",
  ],
  ['not supported elsewhere', notSupportedStateError('macos'), 'Intune reports the action is not supported on this device.'],
  ['canceled', canceledStateError, 'The action was canceled in Intune before it ran.'],
  [
    'unknown after a timeout',
    unknownOutcomeError(new GraphError({ message: 'timed out', failure: 'timeout', outcome: 'unknown' })),
    "It is not known whether Intune received the request: Microsoft Graph did not answer in time. The app is checking the device's action status; do not send the action again.",
  ],
  [
    'unknown after a 502',
    unknownOutcomeError(new GraphError({ message: 'bad gateway', failure: 'http', status: 502, outcome: 'unknown' })),
    "It is not known whether Intune received the request: Intune answered 502, which does not say whether it queued the action. The app is checking the device's action status; do not send the action again.",
  ],
  [
    'unknown after a dropped connection',
    unknownOutcomeError(new GraphError({ message: 'reset', failure: 'network', outcome: 'unknown' })),
    "It is not known whether Intune received the request: the connection dropped before Intune answered. The app is checking the device's action status; do not send the action again.",
  ],
  [
    'unresolved, never shown',
    unresolvedError('unknown', false),
    `Intune never showed this action in the device's action results, so it is not known whether the request reached it. The app stopped checking. ${check}. A new action on this device asks you to confirm twice.`,
  ],
  [
    'unresolved, queued and never finished',
    unresolvedError('pending', true),
    `Intune queued this action but did not report its end in time (last state: pending); the device may not have checked in. The app stopped checking. ${check}. A new action on this device asks you to confirm twice.`,
  ],
  [
    'unresolved, accepted and never listed',
    unresolvedError('accepted', false),
    `Intune accepted this action but never showed it in the device's action results. The app stopped checking. ${check}. A new action on this device asks you to confirm twice.`,
  ],
];

describe('how an action ended, as main says it', () => {
  it.each(pinned)('%s: the English older logs hold, and a code the window words', (_, error, english) => {
    expect(error.message).toBe(english);
    expect(error.say).toBeDefined();
    expect(word(sharedText.en.appMessages, error.say!)).toBe(english);
  });

  it('words each end in Italian with its values', () => {
    const it = (error: AppError) => word(sharedText.it.appMessages, error.say!);
    expect(it(failedStateError('ipados_device', 1234))).toContain('non è riuscita sul dispositivo (codice di errore 1234)');
    expect(it(failedStateError('ipados_device', 1234))).toContain('token di sblocco');
    expect(it(failedStateError('android_device_owner', null))).not.toContain('codice di errore');
    expect(it(notSupportedStateError('android_work_profile'))).toContain('profilo di lavoro');
    expect(it(canceledStateError)).toBe('L’azione è stata annullata in Intune prima di essere eseguita.');
    expect(it(unknownOutcomeError(new GraphError({ message: 'x', failure: 'http', status: 504, outcome: 'unknown' })))).toContain('Intune ha risposto 504');
    expect(it(unresolvedError('active', true))).toContain('(ultimo stato: in esecuzione)');
    expect(it(unresolvedError('someNewState', true))).toContain('(ultimo stato: someNewState)');
    expect(it(unresolvedError('requested', false))).toContain('non si sa se la richiesta gli sia arrivata');
  });
});
