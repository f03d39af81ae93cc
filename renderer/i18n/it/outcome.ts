import type { Messages } from '../messages';

export const outcome: Messages['outcome'] = {
  reasonLabel: 'Motivo',
  nextLabel: 'Cosa fare ora',
  failedApple:
    'Il dispositivo non è riuscito a rimuovere il passcode. Le cause più comuni: al dispositivo non si applica alcun criterio sul passcode, oppure Intune non ha il token di sblocco del dispositivo.',
  failedAppleNoUnlockToken:
    "Il dispositivo non è riuscito a rimuovere il passcode e Intune non ha il suo token di sblocco (il controllo prima dell'azione non l'ha trovato): senza quel token la rimozione non può riuscire.",
  nextFailedAppleNoUnlockToken:
    "Non inviarla di nuovo: non riuscirebbe allo stesso modo. Solo una cancellazione recupera il dispositivo, e i dati che contiene vanno persi: concordala prima con l'utente.",
  failedAndroid:
    'Il dispositivo non è riuscito a reimpostare il passcode. La causa più comune: sul dispositivo o sul profilo di lavoro non è applicato alcun criterio sul passcode.',
  nextFailedApple:
    'In Intune verifica che al dispositivo sia assegnato un criterio sul passcode (conformità o restrizioni del dispositivo), poi riprova. Se Intune non ha il token di sblocco, solo una cancellazione dei dati recupera il dispositivo: i dati presenti vanno persi.',
  nextFailedAndroid:
    'In Intune verifica che al dispositivo o al profilo di lavoro sia assegnato un criterio sul passcode, attendi la sincronizzazione del dispositivo, poi riprova.',
  notSupportedWorkProfile:
    'Intune ha accettato la richiesta, ma il dispositivo non ha potuto eseguirla: l’utente non ha mai attivato il token di reimpostazione del passcode del profilo di lavoro.',
  nextNotSupportedWorkProfile:
    'Il token non può essere attivato da remoto. Se l’utente riesce ancora a sbloccare il telefono, chiedigli di accettare la notifica di attivazione della reimpostazione del passcode; altrimenti il profilo di lavoro va rimosso (Ritira in Intune) e il dispositivo registrato di nuovo.',
  notSupportedOther: 'Intune ha accettato la richiesta, ma il dispositivo ha segnalato di non poter eseguire questa azione.',
  nextNotSupportedOther:
    'Controlla in Intune la versione del sistema operativo e il tipo di registrazione del dispositivo; Azioni del dispositivo nella pagina del dispositivo mostra lo stesso risultato.',
  canceled: 'L’azione è stata annullata in Intune prima che il dispositivo la eseguisse.',
  nextCanceled: 'Se l’utente è ancora bloccato, invia di nuovo l’azione.',
  unknown: 'Non si sa se Intune abbia ricevuto la richiesta; l’app continua a controllare il dispositivo.',
  nextUnknown: 'Non inviarla ancora di nuovo: l’app continua a controllare il dispositivo fino a un’ora. Se l’utente non può attendere, controlla il dispositivo e le sue Azioni del dispositivo in Intune, poi usa Chiudi a mano.',
  intuneErrorCode: (code: string) => `Codice di errore di Intune: ${code}.`,
  nextRequestFailed:
    'Nulla ha raggiunto il dispositivo: Intune ha rifiutato la richiesta, oppure non è stata inviata. Risolvi il motivo indicato sopra, poi, se l’utente è ancora bloccato, invia di nuovo l’azione.',
  nextNotPermitted:
    'Nulla ha raggiunto il dispositivo. Inviarla di nuovo fallisce allo stesso modo finché un amministratore di Intune non concede ciò che manca; poi, se l’utente è ancora bloccato, inviala di nuovo.',
  nextUnresolved:
    'Controlla il dispositivo (chiedi all’utente se il passcode è cambiato) e le sue Azioni del dispositivo nell’interfaccia di amministrazione di Intune. Una nuova azione su questo dispositivo ti chiede di confermare due volte.',
  loggedAs: 'Come scritto nel registro delle azioni',
  nextRefused: 'Al dispositivo non è stato inviato nulla. Riapri il dispositivo per vedere la decisione attuale della regola.',
};
