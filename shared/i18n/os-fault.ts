import type { Language } from './language';

/**
 * What an operating-system error code means, in the window's language, with
 * the code itself kept beside the words for support: "the disk is full, code
 * ENOSPC" / "il disco è pieno, codice ENOSPC". Main sends a file fault's cause
 * as the code, and the path Node named if any (main/base/fault-cause.ts), so the Node.js English
 * ("ENOSPC: no space left on device, write") never reaches an Italian window.
 * A cause that is not a code (text from elsewhere) is shown as given.
 */
const meanings: Record<Language, { codes: Readonly<Record<string, string>>; other: string; code: string; path: string }> = {
  en: {
    codes: {
      ENOENT: 'no such file or folder',
      EACCES: 'access denied',
      EPERM: 'operation not permitted',
      ENOSPC: 'the disk is full',
      EDQUOT: 'your disk quota is used up',
      EROFS: 'the disk is read-only',
      EISDIR: 'a folder is where a file should be',
      ENOTDIR: 'part of the path is not a folder',
      EEXIST: 'a file of that name already exists',
      EBUSY: 'the file is in use by another program',
      EMFILE: 'the app has too many files open',
      ENFILE: 'this computer has too many files open',
      EIO: 'the disk reported a read or write error',
      ENAMETOOLONG: 'the path is too long',
      EBADF: 'the file was already closed',
      ETIMEDOUT: 'the connection timed out',
      ECONNREFUSED: 'the connection was refused',
      ECONNRESET: 'the connection was cut',
      ENOTFOUND: 'the server name was not found',
      ENETUNREACH: 'the network cannot be reached',
    },
    other: 'system error',
    code: 'code',
    path: 'path',
  },
  it: {
    codes: {
      ENOENT: 'file o cartella inesistente',
      EACCES: 'accesso negato',
      EPERM: 'operazione non consentita',
      ENOSPC: 'il disco è pieno',
      EDQUOT: 'la tua quota disco è esaurita',
      EROFS: 'il disco è di sola lettura',
      EISDIR: 'al posto del file c’è una cartella',
      ENOTDIR: 'una parte del percorso non è una cartella',
      EEXIST: 'esiste già un file con quel nome',
      EBUSY: 'il file è in uso da un altro programma',
      EMFILE: 'l’app ha troppi file aperti',
      ENFILE: 'questo computer ha troppi file aperti',
      EIO: 'il disco ha segnalato un errore di lettura o scrittura',
      ENAMETOOLONG: 'il percorso è troppo lungo',
      EBADF: 'il file era già chiuso',
      ETIMEDOUT: 'la connessione è scaduta',
      ECONNREFUSED: 'la connessione è stata rifiutata',
      ECONNRESET: 'la connessione si è interrotta',
      ENOTFOUND: 'il nome del server non è stato trovato',
      ENETUNREACH: 'la rete non è raggiungibile',
    },
    other: 'errore di sistema',
    code: 'codice',
    path: 'percorso',
  },
};

/** An OS error code as Node.js gives it (`error.code`): E and capitals, no underscore ("ERR_..." codes are Node's own). */
export const isOsErrorCode = (text: string): boolean => /^E[A-Z0-9]{2,}$/.test(text);

// A tab parts the code from its path: no sentence from elsewhere starts with a code and a tab.
const codedCause = /^(E[A-Z0-9]{2,})(?:\t([^]+))?$/;

/** The cause main sends for an OS fault: the code, and the path it concerns when there is one. */
export const codedFaultCause = (code: string, path?: string): string => (path ? `${code}\t${path}` : code);

export function osFaultWords(language: Language, cause: string): string {
  const coded = codedCause.exec(cause);
  if (coded === null) return cause;
  const [, osCode, path] = coded as unknown as [string, string, string | undefined];
  const words = meanings[language];
  const said = `${words.codes[osCode] ?? words.other}, ${words.code} ${osCode}`;
  return path === undefined ? said : `${said}, ${words.path} ${path}`;
}

/** The codes given their own words (the same in every language, which a test holds). */
export const wordedOsCodes = (language: Language): string[] => Object.keys(meanings[language].codes);
