import { describe, expect, it } from 'vitest';
import { codedNetworkCause, networkFaultWords, osFaultWords, systemFaultWords, wordedNetworkCodes, wordedOsCodes } from '../../../../shared/i18n/os-fault';

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

describe('networkFaultWords: why a server could not be reached, in the window\'s language, code and server kept', () => {
  const host = 'login.microsoftonline.com';
  it('words the connection, name, certificate and proxy faults in English and Italian', () => {
    expect(networkFaultWords('en', codedNetworkCause('ECONNREFUSED', host))).toBe('the connection was refused, code ECONNREFUSED, server login.microsoftonline.com');
    expect(networkFaultWords('it', codedNetworkCause('ECONNREFUSED', host))).toBe('la connessione è stata rifiutata, codice ECONNREFUSED, server login.microsoftonline.com');
    expect(networkFaultWords('it', codedNetworkCause('ENOTFOUND', host))).toBe('il nome del server non è stato trovato, codice ENOTFOUND, server login.microsoftonline.com');
    expect(networkFaultWords('it', codedNetworkCause('ETIMEDOUT', host))).toBe('la connessione è scaduta, codice ETIMEDOUT, server login.microsoftonline.com');
    expect(networkFaultWords('it', codedNetworkCause('ECONNRESET', host))).toBe('la connessione si è interrotta, codice ECONNRESET, server login.microsoftonline.com');
    expect(networkFaultWords('en', codedNetworkCause('EAI_AGAIN', host))).toBe('the server name could not be looked up right now (DNS), code EAI_AGAIN, server login.microsoftonline.com');
    expect(networkFaultWords('it', codedNetworkCause('SELF_SIGNED_CERT_IN_CHAIN', host))).toBe(
      'il certificato del server non è attendibile (un proxy potrebbe ispezionare la connessione), codice SELF_SIGNED_CERT_IN_CHAIN, server login.microsoftonline.com',
    );
    expect(networkFaultWords('en', codedNetworkCause('CERT_HAS_EXPIRED', host))).toBe("the server’s certificate has expired, code CERT_HAS_EXPIRED, server login.microsoftonline.com");
  });

  it('names a code it has no words for as a network error, with the code', () => {
    expect(networkFaultWords('it', codedNetworkCause('UND_ERR_INFO', host))).toBe('errore di rete, codice UND_ERR_INFO, server login.microsoftonline.com');
  });

  it('gives text that is not a coded network cause as it is', () => {
    expect(networkFaultWords('it', 'login.microsoftonline.com: ECONNREFUSED')).toBe('login.microsoftonline.com: ECONNREFUSED');
    expect(networkFaultWords('it', 'endpoints could not be resolved')).toBe('endpoints could not be resolved');
  });

  it('has words for the same network codes in both languages', () => {
    expect(wordedNetworkCodes('it')).toEqual(wordedNetworkCodes('en'));
  });
});

describe('systemFaultWords: an OS code worded, else the OS\'s own text introduced in the window\'s language', () => {
  it('words a code and quotes text', () => {
    expect(systemFaultWords('it', 'ENOENT')).toBe('file o cartella inesistente, codice ENOENT');
    expect(systemFaultWords('it', 'Failed to open')).toBe('il sistema ha risposto: “Failed to open”');
    expect(systemFaultWords('en', 'Failed to open')).toBe('the system said: “Failed to open”');
  });
});
