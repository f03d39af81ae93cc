import type { SharedText } from '../shared-text';

export const appMessages: SharedText['appMessages'] = {
  signInToAct: () => 'Accedi per rimuovere o reimpostare un passcode',
  signInToRevealAgain: () => 'Accedi per vedere di nuovo il passcode generato',
  signInToReveal: () => 'Accedi per vedere il passcode generato',
  signInToClose: () => 'Accedi per chiudere un’azione',
  signInToCheckIntune: () =>
    'Accedi per il controllo con Intune: legge il registro di Intune delle azioni sui passcode (remoteActionAudits). Tutto il resto della revisione funziona senza accesso.',
  confirmIdentity: () => 'Conferma di aver verificato l’identità del richiedente',
  ticketRequired: () => 'Inserisci un riferimento ticket: le tue impostazioni lo richiedono per ogni azione sul passcode',
  ticketMissing: () => 'Inserisci un riferimento ticket',
  ticketTooShort: ({ min }) => `Un riferimento ticket ha almeno ${min} caratteri`,
  ticketNoLetterOrDigit: () => 'Un riferimento ticket richiede almeno una lettera o una cifra',
  ticketTooLong: ({ max }) => `Un riferimento ticket ha al massimo ${max} caratteri`,
  ticketPattern: ({ ticket, pattern }) => `Il riferimento ticket "${ticket}" non ha la forma richiesta dalla tua organizzazione (${pattern}).`,
  actionInProgress: ({ state }) => `Un’azione sul passcode di questo dispositivo è ancora in corso (${state}); attendi che finisca`,
  recentAction: () =>
    'Un’azione sul passcode di questo dispositivo è in corso o è stata eseguita negli ultimi 15 minuti. Controllala, poi conferma di nuovo per inviarne un’altra.',
  unknownOutcomeIntune: () =>
    'Intune mostra un’azione precedente sul passcode di questo dispositivo non ancora terminata: il suo esito è sconosciuto. Controlla il dispositivo e le sue azioni in Intune, poi conferma di nuovo per inviarne un’altra.',
  unknownOutcomeOwn: ({ requestedAt }) =>
    `Non si sa se l’ultima azione sul passcode di questo dispositivo (${requestedAt}) sia stata eseguita. Controlla il dispositivo (chiedi all’utente se il passcode è cambiato) e, nell’interfaccia di amministrazione di Intune, Dispositivi > questo dispositivo > Azioni del dispositivo (o Amministrazione tenant > Azioni del dispositivo), poi conferma di nuovo per inviarne un’altra.`,
  appClosing: () => 'L’app si sta chiudendo',
  logNotWritten: ({ cause }) => `L’azione non è stata inviata: impossibile scrivere il registro delle azioni (${cause})`,
  logNotReadable: ({ cause }) => `Impossibile leggere le azioni precedenti dal registro delle azioni: ${cause}`,
  logNotOpen: () => 'Il registro delle azioni non è aperto, quindi non si può eseguire alcuna azione sul passcode. La revisione dei registri funziona comunque.',
  closeNotWritten: ({ cause }) => `L’azione non è stata chiusa: impossibile scrivere il registro delle azioni (${cause})`,
  rereadNotWritten: ({ cause }) => `Il passcode non è stato mostrato: il registro delle azioni non ha potuto annotarne il motivo (${cause})`,
  notFollowed: () => 'Nessuna azione simile è seguita in questo tenant',
  closeOnlyUnknown: ({ state }) => `Solo un’azione dall’esito sconosciuto può essere chiusa a mano; questa è ${state}`,
  noPasscodeWaiting: () => 'Nessun passcode generato è in attesa per questa azione: è già stato mostrato, è scaduto, o l’app è stata riavviata nel frattempo',
  rereadReason: ({ min, max }) => `Spiega perché ti serve di nuovo il passcode (da ${min} a ${max} caratteri)`,
  rereadNotInLog: () => 'Questa azione non è nel registro delle azioni del tenant con cui hai eseguito l’accesso',
  rereadTooOld: () => 'Intune conserva un passcode generato per sette giorni dopo l’azione; questo è più vecchio',
  rereadNoPasscode: () => 'Intune non conserva (più) alcun passcode generato per questa azione',
  rereadReasonHasPasscode: () => 'Il motivo non deve contenere il passcode: viene scritto nel registro delle azioni',
  reviewClosed: () => 'Questa revisione non è più aperta. Apri di nuovo i file di registro.',
  intuneCheckUnavailable: () => 'Il controllo con Intune non è disponibile qui.',
  nothingToExport: () => 'Esegui prima il controllo con Intune: non c’è alcun risultato da esportare.',
  devicePageFailedCheck: ({ count, where }) =>
    `Una pagina di ${count} dispositivi inviata dal processo principale dell’app non ha superato il controllo (campo ${where}): l’elenco si ferma prima di essa invece di tralasciare quei dispositivi.`,
  devicePageUnreadable: () =>
    'Una pagina di dispositivi inviata dal processo principale dell’app non è leggibile: l’elenco si ferma prima di essa invece di tralasciare quei dispositivi.',
};
