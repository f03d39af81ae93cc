import { describe, expect, it } from 'vitest';
import { canceledStateError, failedStateError, notSupportedStateError, unknownOutcomeError, unresolvedError } from '../../../../../main/actions/action-messages';
import { errorFromLog } from '../../../../../main/actions/action-summaries';
import { GraphError } from '../../../../../main/graph/graph-error';
import { sharedEn } from '../../../../../shared/i18n/en';
import { word } from '../../../../../shared/messages/coded-message';
import type { ActionSummary } from '../../../../../shared/actions/action-summary';
import type { AppError } from '../../../../../shared/result';
import { actionOutcome } from '../../../../../renderer/components/actions/action-outcome';
import { catalogues } from '../../../../../renderer/i18n/catalogues';

const { en, it: itText } = catalogues;
type Shown = Pick<ActionSummary, 'state' | 'mode' | 'error'>;
/** As an action read back from an earlier run's log: only {code, message} survive, the code is found again. */
const fromLog = (error: AppError) => errorFromLog({ code: error.code, message: error.message });

describe('how an action ended, in the window', () => {
  it('tells a failure on the device with Intune\'s error code, in Italian and English, live or from the log', () => {
    for (const error of [failedStateError('ios_device', -2016345060), fromLog(failedStateError('ios_device', -2016345060))]) {
      const action: Shown = { state: 'failed', mode: 'ios_device', error };
      const inItalian = actionOutcome(action, itText)!;
      expect(inItalian.reason).toBe(`${itText.outcome.failedApple} Codice di errore di Intune: -2016345060.`);
      expect(inItalian.next).toBe(itText.outcome.nextFailedApple);
      expect(inItalian.logged).toBeNull();
      expect(actionOutcome(action, en)!.reason).toBe(`${en.outcome.failedApple} Intune's error code: -2016345060.`);
    }
    const noCode = actionOutcome({ state: 'failed', mode: 'android_work_profile', error: failedStateError('android_work_profile', null) }, itText)!;
    expect(noCode.reason).toBe(itText.outcome.failedAndroid);
  });

  it('on an iPhone the check before the action found without an unlock token, says so and does not send the technician round again', () => {
    const action: Shown = { state: 'failed', mode: 'ios_device', error: failedStateError('ios_device', -2016345061) };
    for (const t of [en, itText]) {
      const known = actionOutcome(action, t, { unlockToken: 'missing' })!;
      expect(known.reason).toContain(t.outcome.failedAppleNoUnlockToken);
      expect(known.next).toBe(t.outcome.nextFailedAppleNoUnlockToken);
      expect(known.next).not.toBe(t.outcome.nextFailedApple);
      // A token that was there, or a check that could not run, leaves both usual causes open.
      for (const unlockToken of ['present', 'couldNotCheck', null] as const) expect(actionOutcome(action, t, { unlockToken })!.next).toBe(t.outcome.nextFailedApple);
    }
    expect(actionOutcome(action, en, { unlockToken: 'missing' })!.next).toMatch(/Do not send it again/);
    expect(actionOutcome(action, itText, { unlockToken: 'missing' })!.next).toMatch(/Non inviarla di nuovo/);
  });

  it('tells a request Graph refused apart from a failure on the device', () => {
    const throttled: AppError = { code: 'throttled', message: word(sharedEn.appMessages, { code: 'graphThrottled', params: { seconds: '45' } }) };
    const refused = actionOutcome({ state: 'failed', mode: 'ios_device', error: fromLog(throttled) }, itText)!;
    expect(refused.reason).toBe('Intune sta limitando le richieste in questo momento (429). Riprova tra 45 secondi.');
    expect(refused.next).toBe(itText.outcome.nextRequestFailed);
    expect(refused.reason).not.toContain(itText.outcome.failedApple);
  });

  it('does not tell a technician whose account Intune refused to simply send again, nor that the device did anything', () => {
    const notPermitted: AppError = { code: 'not_permitted', message: 'Intune refused this account (401, Forbidden): one of these is missing: an Intune role with Remote tasks > Reset passcode' };
    for (const [words, language] of [[en, 'en'], [itText, 'it']] as const) {
      const shown = actionOutcome({ state: 'failed', mode: 'ios_device', error: fromLog(notPermitted) }, words)!;
      expect(shown.reason, language).toBe(words.errors.not_permitted);
      expect(shown.next, language).toBe(words.outcome.nextNotPermitted);
    }
    // A request that never reached the device is not said to be one the device did not carry out.
    expect(en.outcome.nextRequestFailed).toMatch(/^Nothing reached the device/);
    expect(itText.outcome.nextRequestFailed).toMatch(/^Nulla ha raggiunto il dispositivo/);
  });

  it('keeps the logged English beside the state\'s words when no code words it (an older version\'s line)', () => {
    const old: AppError = { code: 'graph_error', message: 'The device reported failure.' };
    const shown = actionOutcome({ state: 'failed', mode: 'android_device_owner', error: old }, itText)!;
    expect(shown.reason).toBe(itText.outcome.failedAndroid);
    expect(shown.logged).toBe('The device reported failure.');
    const notSent = actionOutcome({ state: 'failed', mode: null, error: { code: 'log_error', message: 'disk full' } }, itText)!;
    expect(notSent.reason).toBe(itText.errors.log_error);
    expect(notSent.logged).toBe('disk full');
  });

  it('tells not supported, canceled and unknown in Italian from their codes', () => {
    expect(actionOutcome({ state: 'notSupported', mode: 'android_work_profile', error: fromLog(notSupportedStateError('android_work_profile')) }, itText)).toEqual({
      reason: itText.outcome.notSupportedWorkProfile,
      next: itText.outcome.nextNotSupportedWorkProfile,
      logged: null,
    });
    expect(actionOutcome({ state: 'canceled', mode: null, error: fromLog(canceledStateError) }, itText)!.logged).toBeNull();
    const http = unknownOutcomeError(new GraphError({ message: 'x', failure: 'http', status: 504, outcome: 'unknown' }));
    const unknown = actionOutcome({ state: 'unknown', mode: null, error: fromLog(http) }, itText)!;
    expect(unknown.reason).toContain('Intune ha risposto 504');
    expect(unknown.next).toBe(itText.outcome.nextUnknown);
  });

  it('tells an unresolved action why and what to check, with its last state, in Italian and English', () => {
    const error = fromLog(unresolvedError('pending', true));
    const inItalian = actionOutcome({ state: 'unresolved', mode: null, error }, itText)!;
    expect(inItalian.reason).toContain('(ultimo stato: in sospeso)');
    expect(inItalian.reason).toContain('confermare due volte');
    expect(inItalian.next).toBeNull();
    expect(actionOutcome({ state: 'unresolved', mode: null, error }, en)!.reason).toBe(error!.message);
    const older = actionOutcome({ state: 'unresolved', mode: null, error: { code: 'outcome_unknown', message: 'Gave up.' } }, itText)!;
    expect(older).toEqual({ reason: itText.stateHints.unresolved, next: itText.outcome.nextUnresolved, logged: 'Gave up.' });
  });

  it('says nothing for an action that went well or is on its way', () => {
    expect(actionOutcome({ state: 'done', mode: null, error: null }, itText)).toBeNull();
    expect(actionOutcome({ state: 'pending', mode: null, error: null }, itText)).toBeNull();
  });
});
