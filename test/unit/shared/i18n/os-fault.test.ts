import { describe, expect, it } from 'vitest';
import { osFaultWords, wordedOsCodes } from '../../../../shared/i18n/os-fault';

describe('osFaultWords: an OS error code in the window\'s language, the code kept for support', () => {
  it('words the usual file faults in English and Italian, with the code', () => {
    expect(osFaultWords('en', 'ENOSPC')).toBe('the disk is full, code ENOSPC');
    expect(osFaultWords('it', 'ENOSPC')).toBe('il disco è pieno, codice ENOSPC');
    expect(osFaultWords('it', 'EACCES')).toBe('accesso negato, codice EACCES');
    expect(osFaultWords('it', 'ENOENT')).toBe('file o cartella inesistente, codice ENOENT');
    expect(osFaultWords('it', 'EISDIR')).toBe('al posto del file c’è una cartella, codice EISDIR');
    expect(osFaultWords('it', 'EMFILE')).toBe('l’app ha troppi file aperti, codice EMFILE');
  });

  it('names an OS code it has no words for as a system error, still with the code', () => {
    expect(osFaultWords('en', 'ELOOP')).toBe('system error, code ELOOP');
    expect(osFaultWords('it', 'ELOOP')).toBe('errore di sistema, codice ELOOP');
  });

  it('gives what is not an OS code as it is (Node\'s own ERR_ codes, text)', () => {
    expect(osFaultWords('it', 'ERR_INVALID_ARG_TYPE')).toBe('ERR_INVALID_ARG_TYPE');
    expect(osFaultWords('it', 'something else')).toBe('something else');
  });

  it('has words for the same codes in both languages', () => {
    expect(wordedOsCodes('it')).toEqual(wordedOsCodes('en'));
    for (const code of ['ENOENT', 'EACCES', 'ENOSPC', 'EPERM', 'EISDIR', 'EMFILE']) expect(wordedOsCodes('en')).toContain(code);
  });
});
