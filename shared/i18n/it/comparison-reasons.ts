import type { SharedText } from '../shared-text';

/** Ogni differenza tra la copia centrale e il registro locale, per l’amministratore. */
export const comparisonReasons: SharedText['comparisonReasons'] = {
  'after-central-end': (seq) =>
    `la voce ${seq} è nel registro locale ma non al raccoglitore: scritta dopo l’ultima voce che possiede (l’inoltro può essere ancora indietro, o si è fermato)`,
  'central-gap': (seq) =>
    `la voce ${seq} è nel registro locale ma non al raccoglitore, anche se le voci successive ci sono: non è mai stata consegnata, o il raccoglitore l’ha persa`,
  'after-local-end': (seq) =>
    `la voce ${seq} è solo nella copia centrale; dopo l’ultima riga del registro locale: il registro locale è stato troncato, o un file successivo non è stato aperto`,
  'deleted-locally': (seq) => `la voce ${seq} è solo nella copia centrale; il registro locale l’ha persa: eliminata`,
  edited: (seq) => `la voce ${seq} è diversa in locale e al centro: una delle due è stata modificata`,
};
