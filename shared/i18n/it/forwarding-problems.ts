import type { SharedText } from '../shared-text';
import { osFaultWords } from '../os-fault';

/** Perché l’inoltro non è riuscito, in parole da riferire a chi gestisce il raccoglitore. */
export const forwardingProblems: SharedText['forwardingProblems'] = {
  stopped: () => 'L’inoltro è stato fermato.',
  connectTimeout: ({ collector, seconds }) => `Il raccoglitore ${collector} non ha completato la connessione entro ${seconds} s.`,
  drainTimeout: ({ collector, seconds }) => `Il raccoglitore ${collector} ha accettato la connessione ma non ha preso le voci entro ${seconds} s.`,
  closedBeforeTaking: ({ collector }) => `Il raccoglitore ${collector} ha chiuso la connessione prima di prendere le voci.`,
  closedUnconfirmed: ({ collector }) => `La connessione al raccoglitore ${collector} si è chiusa prima che le voci fossero confermate.`,
  refused: ({ collector }) => `Il raccoglitore ${collector} ha rifiutato la connessione: lì non è in ascolto nulla.`,
  nameNotFound: ({ host }) => `Il nome del raccoglitore ${host} non è stato trovato (DNS).`,
  unreachable: ({ collector }) => `Il raccoglitore ${collector} non è raggiungibile da questa rete.`,
  dropped: ({ collector }) => `Il raccoglitore ${collector} ha interrotto la connessione prima di confermare le voci.`,
  certificateExpired: ({ host }) => `Il certificato del raccoglitore è scaduto: chiedi a chi gestisce ${host} di rinnovarlo.`,
  certificateNotYetValid: () => 'Il certificato del raccoglitore non è ancora valido: controlla l’orologio di questo computer.',
  certificateWrongHost: ({ host }) => `Il certificato del raccoglitore non è rilasciato per ${host}.`,
  certificateUntrusted: () =>
    'Il certificato del raccoglitore non è firmato da un’autorità di cui questo computer si fida (controlla il file CA impostato dalla tua organizzazione).',
  certificateRevoked: () => 'Il certificato del raccoglitore è stato revocato.',
  secureConnectionFailed: ({ collector, detail }) => `La connessione protetta al raccoglitore ${collector} non è riuscita: ${detail}.`,
  sendFailed: ({ collector, detail }) => `L’invio al raccoglitore ${collector} non è riuscito: ${detail}.`,
  caFileUnreadable: ({ file, cause }) => `Non è stato possibile leggere il file CA del raccoglitore ${file} (${osFaultWords('it', cause)}).`,
  certFileUnreadable: ({ file, cause }) => `Non è stato possibile leggere il file del certificato client ${file} (${osFaultWords('it', cause)}).`,
  keyFileUnreadable: ({ file, cause }) => `Non è stato possibile leggere il file della chiave client ${file} (${osFaultWords('it', cause)}).`,
  badAddress: ({ address }) => `L’indirizzo del raccoglitore "${address}" non è nella forma host:porta (per esempio siem.contoso.com:6514).`,
  plainTcpNotLoopback: ({ host }) => `L’inoltro senza TLS è consentito solo verso questo computer (127.0.0.1, ::1), non verso ${host}.`,
  plainTcpLocalhost: () =>
    'L’inoltro senza TLS deve indicare questo computer con il suo indirizzo: scrivi 127.0.0.1 o ::1 invece di localhost (il nome localhost viene risolto, e un file hosts o il DNS potrebbero mandarlo altrove).',
  certificateWithoutKey: () => 'Un certificato client richiede sia il file del certificato sia quello della chiave.',
  halted: ({ detail }) => `L’inoltro si è fermato: ${detail}`,
};
