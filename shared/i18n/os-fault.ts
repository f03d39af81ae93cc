import type { Language } from './language';

/**
 * What an operating-system error code means, in the window's language, with
 * the code itself kept beside the words for support: "the disk is full, code
 * ENOSPC" / "il disco è pieno, codice ENOSPC". Main sends a file fault's cause
 * as the code, and the path Node named if any (main/base/fault-cause.ts), so the Node.js English
 * ("ENOSPC: no space left on device, write") never reaches an Italian window.
 * A cause that is not a code (text from elsewhere) is shown as given.
 *
 * A network fault is coded the same way, with the server it concerns instead of
 * a path ("the connection was refused, code ECONNREFUSED, server
 * login.microsoftonline.com"): `codedNetworkCause` / `networkFaultWords`. Its
 * codes are wider than the OS's (EAI_AGAIN, Node's TLS certificate codes,
 * undici's UND_ERR_*), so they are listed in `networkMeanings`.
 */
const meanings: Record<Language, { codes: Readonly<Record<string, string>>; other: string; code: string; path: string; said: string }> = {
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
    said: 'the system said',
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
    said: 'il sistema ha risposto',
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

/**
 * An OS fault's words when the cause is a code, else the text the OS or a library gave (English,
 * most often), introduced in the window's language as what the system said: that text cannot be
 * translated, but the window says whose words they are. For the system browser failing to start.
 */
export function systemFaultWords(language: Language, cause: string): string {
  return codedCause.test(cause) ? osFaultWords(language, cause) : `${meanings[language].said}: “${cause}”`;
}

// Network faults beyond the OS's connection codes (which `meanings` words already): the resolver's, Node's TLS certificate codes, undici's own.
const networkMeanings: Record<Language, { codes: Readonly<Record<string, string>>; proxy: string; other: string; server: string }> = {
  en: {
    codes: {
      UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
      UND_ERR_SOCKET: 'the connection was cut',
      EAI_AGAIN: 'the server name could not be looked up right now (DNS)',
      EHOSTUNREACH: 'the server cannot be reached',
      CERT_HAS_EXPIRED: 'the server’s certificate has expired',
      CERT_NOT_YET_VALID: 'the server’s certificate is not valid yet (check this computer’s clock)',
      ERR_TLS_CERT_ALTNAME_INVALID: 'the server’s certificate is for another name',
      DEPTH_ZERO_SELF_SIGNED_CERT: 'the server’s certificate is not trusted (self-signed)',
      SELF_SIGNED_CERT_IN_CHAIN: 'the server’s certificate is not trusted (a proxy may be inspecting the connection)',
      UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the server’s certificate is not trusted (a proxy may be inspecting the connection)',
      UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server’s certificate could not be verified',
      PROXY_407: 'the proxy asks for a sign-in Passcode Desk cannot give it (HTTP 407)',
    },
    proxy: 'the proxy refused the connection',
    other: 'network error',
    server: 'server',
  },
  it: {
    codes: {
      UND_ERR_CONNECT_TIMEOUT: 'la connessione è scaduta',
      UND_ERR_SOCKET: 'la connessione si è interrotta',
      EAI_AGAIN: 'il nome del server non può essere risolto in questo momento (DNS)',
      EHOSTUNREACH: 'il server non è raggiungibile',
      CERT_HAS_EXPIRED: 'il certificato del server è scaduto',
      CERT_NOT_YET_VALID: 'il certificato del server non è ancora valido (controlla l’orologio di questo computer)',
      ERR_TLS_CERT_ALTNAME_INVALID: 'il certificato del server è per un altro nome',
      DEPTH_ZERO_SELF_SIGNED_CERT: 'il certificato del server non è attendibile (autofirmato)',
      SELF_SIGNED_CERT_IN_CHAIN: 'il certificato del server non è attendibile (un proxy potrebbe ispezionare la connessione)',
      UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'il certificato del server non è attendibile (un proxy potrebbe ispezionare la connessione)',
      UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'non è stato possibile verificare il certificato del server',
      PROXY_407: 'il proxy chiede un’autenticazione che Passcode Desk non può fornirgli (HTTP 407)',
    },
    proxy: 'il proxy ha rifiutato la connessione',
    other: 'errore di rete',
    server: 'server',
  },
};

// A network code: capitals, digits and underscores (EAI_AGAIN, CERT_HAS_EXPIRED); a tab parts it from the server.
const networkCause = /^([A-Z][A-Z0-9_]{2,})\t([^\t]+)$/;

/** The cause main sends for a network fault: the code, and the server (host) it concerns. */
export const codedNetworkCause = (code: string, host: string): string => `${code}\t${host}`;

/** Whether `text` is a cause `codedNetworkCause` made. */
export const isCodedNetworkCause = (text: string): boolean => networkCause.test(text);

/** Whether `code` looks like a network fault code that `networkFaultWords` can carry. */
export const isNetworkFaultCode = (code: string): boolean => /^[A-Z][A-Z0-9_]{2,}$/.test(code);

/** "the connection was refused, code ECONNREFUSED, server login.microsoftonline.com"; anything else as given. */
export function networkFaultWords(language: Language, cause: string): string {
  const coded = networkCause.exec(cause);
  if (coded === null) return cause;
  const [, code, host] = coded as unknown as [string, string, string];
  const words = networkMeanings[language];
  // PROXY_<status> (main/base/proxy-refusal.ts): a status without words of its own is still a proxy's refusal.
  const fallback = code.startsWith('PROXY_') ? words.proxy : words.other;
  return `${words.codes[code] ?? meanings[language].codes[code] ?? fallback}, ${meanings[language].code} ${code}, ${words.server} ${host}`;
}

/** The network codes given their own words (the same in every language, which a test holds). */
export const wordedNetworkCodes = (language: Language): string[] => Object.keys(networkMeanings[language].codes);


/** The codes given their own words (the same in every language, which a test holds). */
export const wordedOsCodes = (language: Language): string[] => Object.keys(meanings[language].codes);
