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

  it('names the path a fault concerns after its code, so a reviewer knows which of many files it was', () => {
    expect(osFaultWords('en', 'EACCES\t/logs/PC-07/2026-11.jsonl')).toBe('access denied, code EACCES, path /logs/PC-07/2026-11.jsonl');
    expect(osFaultWords('it', 'EACCES\tC:\\Registri\\file con spazi.jsonl')).toBe('accesso negato, codice EACCES, percorso C:\\Registri\\file con spazi.jsonl');
    // Text that merely starts with capitals and a space is not a coded cause.
    expect(osFaultWords('en', 'EOF reached early')).toBe('EOF reached early');
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
