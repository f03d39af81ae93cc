import { aadstsIn } from '../en/aadsts';
import { aadsts } from './aadsts';
import { waitWords } from '../wait-words';
import { networkFaultWords, osFaultWords, systemFaultWords } from '../os-fault';
import type { SharedText } from '../shared-text';

const whereToCheck =
  'Controlla il dispositivo (chiedi all’utente se il passcode è cambiato) e, nell’interfaccia di amministrazione di Intune, Dispositivi > questo dispositivo > Azioni del dispositivo (o Amministrazione tenant > Azioni del dispositivo)';
const intuneCode = (errorCode: string) => (errorCode === '' ? '' : ` (codice di errore ${errorCode})`);
const unknownOutcome = (why: string) =>
  `Non si sa se Intune abbia ricevuto la richiesta: ${why}. L’app sta controllando lo stato delle azioni del dispositivo; non inviare di nuovo l’azione.`;
const unresolved = (why: string) =>
  `${why}. L’app ha smesso di controllare. ${whereToCheck}. Una nuova azione su questo dispositivo ti chiede di confermare due volte.`;
/** Intune's states as the window names them in Italian; a state this table lacks is shown as Intune wrote it. */
const intuneStates: Record<string, string> = {
  requested: 'richiesta',
  accepted: 'accettata',
  unknown: 'esito sconosciuto',
  pending: 'in sospeso',
  active: 'in esecuzione',
};
const stateName = (state: string) => (Object.hasOwn(intuneStates, state) ? intuneStates[state]! : state);

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
  signInCancelled: () => 'Accesso annullato.',
  signInCancelledInBrowser: () => 'Accesso annullato nel browser.',
  signInReplaced: () => 'Un nuovo accesso ha sostituito questo.',
  signInTimedOut: () =>
    'Tempo scaduto per l’accesso: il browser non è mai tornato a Passcode Desk. Se il browser non ha mostrato la pagina di accesso Microsoft, questo computer potrebbe essere offline: controlla la rete, poi riprova. Altrimenti riprova, o accedi con un codice.',
  signInCodeExpired: () => 'Il codice di accesso è scaduto prima di essere usato. Ricomincia per ottenere un nuovo codice.',
  signInExpired: () => 'Il tuo accesso è scaduto. Accedi di nuovo.',
  signInLoopback: () => 'La risposta del browser non è arrivata a Passcode Desk. Riprova, o accedi con un codice.',
  signInNoAnswer: ({ detail }) =>
    `Il servizio di accesso Microsoft non ha risposto (${networkFaultWords('it', detail)}). Se su questo computer altri siti si aprono, un proxy o un firewall potrebbe bloccare l’accesso Microsoft: avvisa l’IT.`,
  signInAadsts: ({ number }) => `${aadstsIn(aadsts, number) ?? 'L’accesso Microsoft ha rifiutato la richiesta.'} (AADSTS${number})`,
  signInAadstsOther: ({ number, detail }) =>
    `L’accesso Microsoft ha rifiutato la richiesta (AADSTS${number}). Microsoft ha risposto: “${detail}” Comunica il codice AADSTS al tuo amministratore Entra.`,
  signInFailedCode: ({ code, detail }) => `Accesso non riuscito (${code}): “${detail}” Riprova; se non riesce di nuovo, comunica questo codice all’IT.`,
  signInFailed: ({ detail }) => `Accesso non riuscito: “${detail}” Riprova; se non riesce di nuovo, avvisa l’IT.`,
  signInBrowserNotOpened: ({ cause }) =>
    `La pagina di accesso non è stata aperta: non è stato possibile avviare il browser di sistema (${systemFaultWords('it', cause)}). Controlla che il computer abbia un browser predefinito, poi riprova, o accedi con un codice.`,
  signInAddressUnexpected: ({ host }) =>
    `La pagina di accesso non è stata aperta: Passcode Desk ha rifiutato un indirizzo di accesso inatteso (deve essere https://${host}/…/authorize). Riprova, o accedi con un codice; se succede di nuovo, avvisa l’IT.`,
  signInAddressUnreadable: () =>
    'La pagina di accesso non è stata aperta: Passcode Desk ha rifiutato un indirizzo di accesso che non riusciva a leggere. Riprova, o accedi con un codice; se succede di nuovo, avvisa l’IT.',
  signInRedirectNotOwn: () =>
    'La pagina di accesso non è stata aperta: Passcode Desk ha rifiutato un indirizzo di accesso che manderebbe la risposta altrove invece che a questa app. Riprova, o accedi con un codice; se succede di nuovo, avvisa l’IT.',
  signInSettingsNeedFixing: () =>
    'Il tenant o l’ID client in Impostazioni manca o non è valido. Apri Impostazioni > Connessione al tenant e controlla entrambi (li ha l’IT).',
  signInTenantMissing: () =>
    'Le impostazioni hanno un ID client ma nessun tenant. Apri Impostazioni > Connessione al tenant e inserisci l’ID della directory (tenant) o un dominio verificato (lo ha l’IT).',
  signInTenantInvalid: () =>
    'Il tenant in Impostazioni non è valido: deve essere un ID della directory (tenant) come 72f988bf-86f1-41af-91ab-2d7cd011db47, o un dominio come contoso.onmicrosoft.com. Apri Impostazioni > Connessione al tenant e correggilo (lo ha l’IT).',
  signInClientIdMissing: () =>
    'Le impostazioni hanno un tenant ma nessun ID client. Apri Impostazioni > Connessione al tenant e inserisci l’ID applicazione (client) della registrazione dell’app (lo ha l’IT).',
  signInClientIdInvalid: () =>
    'L’ID client in Impostazioni non è valido: deve essere l’ID applicazione (client) della registrazione dell’app, un GUID come 1b2c3d4e-0000-4000-8000-00000000abcd. Apri Impostazioni > Connessione al tenant e correggilo (lo ha l’IT).',
  signInCloudUnknown: ({ cloud }) => `Il cloud “${cloud}” nelle impostazioni non è tra quelli che Passcode Desk conosce. Avvisa l’IT: lo indica il criterio dell’organizzazione o il file delle impostazioni.`,
  savedSignInUnreadable: ({ file }) =>
    `Non è stato possibile leggere l’accesso salvato (il file era danneggiato, o salvato da un altro account utente), quindi è stato messo da parte come ${file}. Accedi di nuovo.`,
  deviceGone: () => 'Questo dispositivo non esiste più in Intune. Aggiorna l’elenco; se è stato registrato di nuovo ha una nuova voce.',
  graphForbiddenRead: () =>
    'Intune ha rifiutato la richiesta (403): il tuo account deve poter leggere i dispositivi gestiti (un ruolo Intune con Dispositivi gestiti > Lettura) e la registrazione dell’app deve avere DeviceManagementManagedDevices.Read.All. Rivolgiti al tuo amministratore Intune.',
  graphForbiddenReset: () =>
    'Intune ha rifiutato la richiesta (403): il tuo account deve avere un ruolo Intune con Attività remote > Reimposta passcode (il ruolo predefinito Operatore help desk lo ha) e la registrazione dell’app deve avere DeviceManagementManagedDevices.PrivilegedOperations.All con il consenso amministratore. Rivolgiti al tuo amministratore Intune.',
  graphForbiddenAudits: () =>
    'Intune ha rifiutato la richiesta (403): il tuo account deve poter leggere i dati di controllo di Intune sulle azioni remote. Rivolgiti al tuo amministratore Intune.',
  graphSignInRejected: () => 'Microsoft Graph non ha accettato il tuo accesso (401). Esci e accedi di nuovo.',
  graphThrottledInSeconds: ({ seconds }) => `Intune sta limitando le richieste in questo momento (429). Riprova tra ${waitWords('it', seconds)}.`,
  graphThrottled: ({ seconds }) => `Intune sta limitando le richieste in questo momento (429). Riprova tra ${waitWords('it', seconds)}.`,
  graphThrottledNoWait: () => 'Intune sta limitando le richieste in questo momento (429). Attendi un minuto, poi riprova.',
  graphResetRefused: ({ said }) =>
    `Intune ha rifiutato la richiesta (400); lo fa per un dispositivo la cui piattaforma non supporta l’azione. Controlla la piattaforma e la registrazione del dispositivo in Intune.${said ? ` Intune ha risposto: “${said}”` : ''}`,
  graphUnavailable: ({ status, said }) =>
    `Intune non è disponibile in questo momento (${status}). Attendi qualche minuto, poi riprova.${said ? ` Intune ha risposto: “${said}”` : ''}`,
  graphRefused: ({ status, said }) =>
    `Intune ha rifiutato la richiesta (${status}). Riprova; se viene rifiutata di nuovo, comunica all’IT l’ID richiesta qui sotto.${said ? ` Intune ha risposto: “${said}”` : ''}`,
  graphTimeout: () => 'Microsoft Graph non ha risposto in tempo. Controlla la connessione di rete e riprova.',
  graphNetwork: ({ detail }) => `Impossibile raggiungere Microsoft Graph (${networkFaultWords('it', detail)}). Controlla la connessione di rete e riprova.`,
  graphCancelled: () => 'La richiesta è stata annullata.',
  graphMalformed: ({ detail }) => `Microsoft Graph ha inviato una risposta che l’app non sa leggere (${detail}). Riprova; se succede di nuovo, avvisa l’IT.`,
  graphInternal: () => 'Qualcosa non ha funzionato nel dialogo con Microsoft Graph. Riprova; i dettagli sono nel registro diagnostico dell’app.',
  graphDeviceWithoutId: () => 'Microsoft Graph ha inviato un dispositivo senza ID. Aggiorna l’elenco e riprova.',
  graphOtherDevice: () => 'Microsoft Graph ha risposto con un dispositivo diverso da quello richiesto; non è stato inviato nulla. Aggiorna l’elenco e riprova.',
  logInUse: ({ pid, since }) => `Il registro delle azioni è in uso da un’altra istanza di Passcode Desk (processo ${pid}, dal ${since}). Chiudila e riprova.`,
  logLockChanging: ({ file }) => `Il blocco del registro delle azioni ${file} continua a cambiare proprietario; un’altra istanza si sta avviando. Riprova.`,
  logFolderNotCreated: ({ cause }) =>
    `Impossibile creare la cartella del registro delle azioni (${osFaultWords('it', cause)}). Controlla che la cartella in Impostazioni esista e che tu possa scriverci.`,
  logReadFailed: ({ cause }) => `Impossibile leggere il registro delle azioni (${osFaultWords('it', cause)}). Controlla che la cartella del registro sia raggiungibile, poi riavvia l’app.`,
  logOpenFailed: ({ cause }) => `Impossibile aprire il registro delle azioni (${osFaultWords('it', cause)}). Controlla che la cartella del registro sia raggiungibile, poi riavvia l’app.`,
  logWriteFailed: ({ cause }) =>
    `Impossibile scrivere il registro delle azioni (${osFaultWords('it', cause)}); non è stato inviato nulla. Controlla lo spazio libero su disco e la cartella del registro, poi riprova.`,
  logEntryRefused: ({ problem }) => `L’app ha rifiutato di scrivere una voce del registro: ${problem}. Non è stato inviato nulla; avvisa l’IT.`,
  logStoppedWriteFailed: ({ file, cause }) =>
    `Il registro delle azioni non può più essere scritto finché l’app non viene riavviata: la scrittura di ${file} non è riuscita (${osFaultWords('it', cause)}). Fino ad allora non viene inviato, chiuso o modificato nulla. Controlla lo spazio libero su disco e la cartella del registro, poi riavvia l’app.`,
  logStoppedClosed: () =>
    'Il registro delle azioni è chiuso (l’app si sta chiudendo o sta cambiando tenant), quindi non viene inviato, chiuso o modificato nulla. Riprova quando l’app è aperta.',
  logStoppedTakenOver: () =>
    'Un’altra istanza di Passcode Desk ha preso il registro delle azioni mentre questa era sospesa, quindi questa non scrive più nulla: non viene inviato, chiuso o modificato nulla. Riavvia l’app.',
  logFilesNotRead: ({ cause }) => `Impossibile leggere i file di registro (${osFaultWords('it', cause)}). Controlla che siano raggiungibili, poi aprili di nuovo.`,
  keyRefInvalid: ({ ref }) =>
    `“${ref}” non è né l’impronta di una chiave né una chiave pubblica Ed25519 in base64. Copia l’impronta da Impostazioni sul computer che ha scritto il registro.`,
  exportNotWritten: ({ cause }) => `Impossibile scrivere il file (${osFaultWords('it', cause)}). Scegli un’altra cartella, o controlla lo spazio libero su disco, poi esporta di nuovo.`,
  settingsNotSaved: ({ cause }) =>
    `Impossibile salvare le impostazioni (${osFaultWords('it', cause)}). Controlla lo spazio libero su disco e che il tuo account possa scrivere nella cartella dati dell’app, poi salva di nuovo.`,
  settingsSwitchOffNoLog: () =>
    'Questa modifica disattiva un controllo, e va prima scritta nel registro delle azioni, che non è aperto. Riavvia l’app, poi riprova.',
  settingsNotRecorded: ({ cause }) => `La modifica non è stata fatta perché non è stato possibile annotarla nel registro delle azioni (${cause}). Riprova.`,
  tenantNotOpened: ({ problem }) => `Impossibile aprire il tenant indicato in Impostazioni (${problem}). Controlla le impostazioni, o riavvia l’app.`,
  unknownOperation: ({ channel }) => `La finestra ha chiesto un’operazione che il processo principale non offre (${channel}). Riavvia l’app; se succede di nuovo, avvisa l’IT.`,
  invalidArguments: ({ channel }) => `La finestra ha inviato argomenti non accettati dal processo principale (${channel}). Riavvia l’app; se succede di nuovo, avvisa l’IT.`,
  invalidDeviceId: ({ channel }) =>
    `La finestra ha indicato un dispositivo con un ID che non è un ID dispositivo di Intune (un GUID), quindi a Intune non è stato chiesto nulla (${channel}). Ricarica l’elenco dei dispositivi e scegli di nuovo il dispositivo; se succede di nuovo, avvisa l’IT.`,
  operationFailed: ({ channel }) => `Qualcosa non ha funzionato in ${channel}. Riprova; i dettagli sono nel registro diagnostico dell’app.`,
  notFromWindow: () => 'Questa richiesta non proviene dalla finestra di Passcode Desk ed è stata rifiutata.',
  devicePageUnreadable: () =>
    'Una pagina di dispositivi inviata dal processo principale dell’app non è leggibile: l’elenco si ferma prima di essa invece di tralasciare quei dispositivi.',
  preflightReportLate: ({ minutes }) => `il report di Intune non è arrivato entro ${minutes} minuti`,
  preflightGraphLate: ({ seconds }) => `Microsoft Graph non ha risposto entro ${seconds} s`,
  preflightReportNoId: () => 'Intune ha avviato il report senza un ID',
  preflightReportNotReady: ({ minutes }) => `il report di Intune non era pronto entro ${minutes} minuti`,
  preflightReportJobFailed: () => 'Intune non è riuscito a creare il report (il processo di esportazione non è riuscito)',
  preflightReportNoLink: () => 'Intune ha completato il report senza un link per scaricarlo',
  preflightReportUnreadable: ({ detail }) => `non è stato possibile leggere il report di Intune (${detail})`,
  preflightReportLinkRefused: () => 'il report di Intune non è stato scaricato: il suo link non è https',
  preflightReportNotDownloaded: ({ cause }) => `non è stato possibile scaricare il report di Intune (${osFaultWords('it', cause)})`,
  preflightReportDownloadStatus: ({ status }) => `l’archivio che contiene il report di Intune ha risposto ${status} al download`,
  preflightReportDownloadLate: ({ seconds }) => `il download del report di Intune non è finito entro ${waitWords('it', seconds)}`,
  preflightReportTooLarge: () => 'il report di Intune è troppo grande per essere letto',
  preflightReportNotZip: () => 'il report scaricato da Intune non è un archivio ZIP',
  preflightReportZipEmpty: () => 'il report di Intune è arrivato come archivio ZIP vuoto',
  preflightReportZipDamaged: () => 'il report di Intune è arrivato come archivio ZIP danneggiato o troncato',
  preflightReportZipMethod: ({ method }) => `il report di Intune è arrivato compresso in un modo che l’app non sa aprire (metodo ZIP ${method})`,
  preflightNotInReport: () => 'questo dispositivo non è nel report Dispositivi di Intune (registrato dopo la creazione del report?)',
  preflightTokenValueOdd: ({ value }) => `il report indica “${value}” per il token di sblocco`,
  preflightFailed: ({ detail }) => `la verifica si è interrotta (${detail})`,
  deviceFailedApple: ({ errorCode }) =>
    `Intune segnala che l’azione sul passcode non è riuscita sul dispositivo${intuneCode(errorCode)}. Le cause più comuni: al dispositivo non si applica alcun criterio sul passcode, oppure Intune non ha il token di sblocco del dispositivo (allora solo una cancellazione dei dati lo recupera).`,
  deviceFailedOther: ({ errorCode }) =>
    `Intune segnala che l’azione sul passcode non è riuscita sul dispositivo${intuneCode(errorCode)}. Una causa comune: sul dispositivo o sul suo profilo di lavoro non è applicato alcun criterio sul passcode.`,
  notSupportedWorkProfile: () =>
    'Intune segnala che l’azione non è supportata su questo dispositivo: l’utente non ha mai attivato il token di reimpostazione del passcode del profilo di lavoro.',
  notSupportedOnDevice: () => 'Intune segnala che l’azione non è supportata su questo dispositivo.',
  canceledInIntune: () => 'L’azione è stata annullata in Intune prima di essere eseguita.',
  outcomeUnknownTimeout: () => unknownOutcome('Microsoft Graph non ha risposto in tempo'),
  outcomeUnknownStatus: ({ status }) => unknownOutcome(`Intune ha risposto ${status}, che non dice se l’azione sia stata messa in coda`),
  outcomeUnknownDropped: () => unknownOutcome('la connessione si è interrotta prima della risposta di Intune'),
  unresolvedNeverShown: () =>
    unresolved('Intune non ha mai mostrato questa azione tra i risultati delle azioni del dispositivo, quindi non si sa se la richiesta gli sia arrivata'),
  unresolvedNotFinished: ({ state }) =>
    unresolved(`Intune ha messo in coda questa azione ma non ne ha segnalato la fine in tempo (ultimo stato: ${stateName(state)}); il dispositivo potrebbe non essersi sincronizzato`),
  unresolvedNotListed: () => unresolved('Intune ha accettato questa azione ma non l’ha mai mostrata tra i risultati delle azioni del dispositivo'),
  actionNotSent: () => 'L’azione non è stata inviata: l’app si è chiusa o ha cambiato tenant prima che la richiesta partisse. Riprova.',
};
