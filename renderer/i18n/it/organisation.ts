import type { Messages } from '../messages';

export const organisation: Messages['organisation'] = {
  setByOrganisation: 'Impostato dalla tua organizzazione',
  forwardingGroup: 'Raccolta centralizzata',
  forwardingHelp: 'Ogni voce del registro delle azioni viene inviata anche al raccoglitore di log della tua organizzazione, fuori dalla portata di questo computer.',
  forwardingToggle: 'Invia ogni voce del registro al raccoglitore dell’organizzazione',
  collector: 'Raccoglitore',
  status: 'Stato',
  lastSent: 'Ultimo invio',
  lastError: 'Ultimo errore',
  nextAttempt: 'Prossimo tentativo',
  never: 'Non ancora',
  retry: 'Riprova ora',
  headerLabel: 'Inoltro',
  states: {
    connected: 'Connesso',
    sending: 'Invio in corso',
    retrying: 'Il raccoglitore non risponde',
    off: 'Disattivato',
  },
  offReasons: {
    notConfigured: 'La tua organizzazione non ha impostato un raccoglitore: le voci restano solo su questo computer.',
    switchedOff: 'Disattivato in queste impostazioni: le voci restano solo su questo computer.',
    noLog: 'Il registro delle azioni non è aperto, quindi non c’è nulla da inviare.',
    badConfig: 'Le impostazioni del raccoglitore non sono utilizzabili.',
  },
  behind: (count) => `Indietro di ${count} voci`,
  behindOne: 'Indietro di 1 voce',
  behindSince: (count, since) => `${count} non ancora al raccoglitore, la più vecchia dalle ${since}`,
  upToDate: 'Tutte le voci sono al raccoglitore',
  warningTitle: 'Da oltre un’ora il raccoglitore della tua organizzazione non riceve il registro di questo computer',
  warningBody: (count, since) =>
    `${count} voci scritte dalle ${since} sono solo su questo computer. Vengono conservate e inviate quando il raccoglitore risponde; avvisa il tuo reparto IT se la situazione continua.`,
  policyNoticeTitle: 'Non è stato possibile applicare la policy della tua organizzazione così come è scritta',
  policySource: 'Letta da',
  policyProblems: 'Cosa non va',
  policyFallback: 'Cosa fa invece l’app',
  fallbackUnreadable:
    'Nessuna parte della policy viene applicata: il riferimento ticket resta obbligatorio per ogni azione e non si può disattivare qui. Le altre impostazioni restano le tue finché la policy non viene corretta.',
  fallbackIgnored: 'I valori qui sopra sono stati esclusi; il resto della policy si applica.',
  policyNoticeBanner: 'La policy della tua organizzazione ha dei problemi: vedi Impostazioni.',
  ticketPattern: (pattern) => `I riferimenti ticket devono corrispondere al modello ${pattern}`,
};
