import { describe, expect, it } from 'vitest';
import { errSaid, logRefusal, saidError } from '../../../../main/base/said-error';
import { appErrorSchema } from '../../../../shared/result';
import { sharedText } from '../../../../shared/i18n/catalogue';
import { word } from '../../../../shared/messages/coded-message';

describe('an error main words from a code', () => {
  it('carries the code with its values for the window, and the English for main\'s own log', () => {
    const result = errSaid('already_in_progress', { code: 'actionInProgress', params: { state: 'pending' } }, { actionId: 'a1' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'already_in_progress',
        message: 'A passcode action on this device is still in progress (pending); wait for it to finish',
        say: { code: 'actionInProgress', params: { state: 'pending' } },
        detail: { actionId: 'a1' },
      },
    });
    // It crosses IPC intact: the result schema keeps `say`.
    expect(appErrorSchema.parse(!result.ok && result.error).say).toEqual({ code: 'actionInProgress', params: { state: 'pending' } });
  });

  it('refuses at the boundary a code main does not have, or one missing its values', () => {
    expect(appErrorSchema.safeParse({ code: 'internal', message: 'x', say: { code: 'noSuchCode', params: {} } }).success).toBe(false);
    expect(appErrorSchema.safeParse({ code: 'internal', message: 'x', say: { code: 'actionInProgress', params: {} } }).success).toBe(false);
  });

  it('lets the log\'s own coded reason through when a write was refused, keeping both in English for main\'s log', () => {
    const stopped = saidError('log_error', { code: 'logStoppedTakenOver', params: {} });
    const refused = logRefusal('logNotWritten', stopped);
    expect(refused.say).toEqual({ code: 'logStoppedTakenOver', params: {} });
    expect(refused.code).toBe('log_error');
    expect(refused.message).toBe(`The action was not sent: the action log could not be written (${stopped.message})`);
    // An OS error main has no code for stays the cause inside the caller's own sentence.
    const plain = logRefusal('closeNotWritten', { code: 'log_error', message: 'EIO: i/o error, write' });
    expect(plain.say).toEqual({ code: 'closeNotWritten', params: { cause: 'EIO: i/o error, write' } });
  });

  it('lets the log\'s own coded reason through when earlier actions could not be read, so Italian has no English in it', () => {
    const unreadable = saidError('log_error', { code: 'logReadFailed', params: { cause: 'EACCES' } });
    const refused = logRefusal('logNotReadable', unreadable);
    expect(refused.say).toEqual({ code: 'logReadFailed', params: { cause: 'EACCES' } });
    expect(word(sharedText.it.appMessages, refused.say!)).toBe(
      'Impossibile leggere il registro delle azioni (accesso negato, codice EACCES). Controlla che la cartella del registro sia raggiungibile, poi riavvia l’app.',
    );
  });
});
