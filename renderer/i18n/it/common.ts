import type { Messages } from '../messages';

export const common: Messages['common'] = {
  appName: 'Passcode Desk',
  loading: 'Caricamento…',
  retry: 'Riprova',
  close: 'Chiudi',
  cancel: 'Annulla',
  save: 'Salva',
  unknown: 'Sconosciuto',
  none: 'Nessuno',
  notAvailable: '—',
  startupFailed: 'Passcode Desk non è riuscito ad avviarsi',
  details: (message) => `Dettagli: ${message}`,
  requestId: (id) => `ID richiesta Graph: ${id}`,
};

export const errors: Messages['errors'] = {
  invalid_request: "L'app ha inviato una richiesta che il processo principale non ha accettato. Segnala il problema.",
  forbidden_sender: "La richiesta non proveniva dalla finestra dell'app ed è stata rifiutata.",
  unknown_channel: "L'app ha chiesto un'operazione che il processo principale non offre. Segnala il problema.",
  not_signed_in: 'Sei disconnesso. Accedi di nuovo per continuare.',
  not_permitted: 'Il tuo account non può eseguire questa operazione in Intune. Accedere di nuovo non cambia nulla: un amministratore di Intune deve concedere ciò che manca.',
  sign_in_failed: "L'accesso non è stato completato.",
  invalid_settings: 'Non è stato possibile salvare queste impostazioni.',
  not_found: 'Intune non conosce più questo dispositivo: potrebbe essere stato eliminato o ritirato.',
  not_eligible: 'Le regole sul passcode non consentono più questa azione su questo dispositivo.',
  already_in_progress: "Un'azione sul passcode di questo dispositivo è ancora in corso. Attendi che finisca.",
  confirmation_required: "Qualcuno ha eseguito un'azione sul passcode di questo dispositivo negli ultimi 15 minuti, oppure è ancora in corso. Controlla, poi conferma di nuovo.",
  graph_error: 'Microsoft Intune ha rifiutato la richiesta.',
  outcome_unknown: "Non si sa se Intune ha eseguito l'ultima azione. Controlla il dispositivo e l'interfaccia di amministrazione di Intune (Dispositivi > il dispositivo > Azioni del dispositivo).",
  network_error: 'Impossibile raggiungere i servizi online di Microsoft. Controlla la connessione di rete e riprova.',
  throttled: 'Microsoft Intune sta ricevendo troppe richieste. Attendi qualche istante e riprova.',
  log_error: 'Non è stato possibile scrivere o leggere il registro delle azioni, quindi non è stato inviato nulla al dispositivo.',
  log_locked: "Un'altra finestra o istanza di Passcode Desk sta usando il registro delle azioni. Chiudila e riprova.",
  cancelled: 'Annullato.',
  unavailable: 'Non ancora disponibile in questa versione o modalità.',
  internal: "Si è verificato un errore interno dell'app.",
};

export const states: Messages['states'] = {
  requested: 'Richiesta',
  refused: 'Rifiutata',
  accepted: 'Accettata',
  unknown: 'Esito sconosciuto',
  pending: 'In sospeso',
  active: 'In esecuzione',
  done: 'Completata',
  failed: 'Non riuscita',
  notSupported: 'Non supportata',
  canceled: 'Annullata',
  unresolved: 'Non risolta',
  closed: 'Chiusa a mano',
};

export const stateHints: Messages['stateHints'] = {
  requested: 'Scritta nel registro delle azioni, sta per essere inviata a Intune.',
  refused: 'Rifiutata prima che qualcosa fosse inviato a Intune.',
  accepted: 'Intune ha accettato la richiesta e l’ha messa in coda per il dispositivo.',
  unknown: 'La risposta di Intune è andata persa; l’app continua a controllare il dispositivo.',
  pending: 'In attesa che il dispositivo si sincronizzi con Intune.',
  active: 'Il dispositivo sta eseguendo l’azione.',
  done: 'Il dispositivo ha eseguito l’azione.',
  failed: 'L’azione non è riuscita; il motivo e cosa fare sono indicati accanto.',
  notSupported: 'Il dispositivo ha segnalato di non poter eseguire questa azione.',
  canceled: 'L’azione è stata annullata.',
  unresolved: 'Intune non ha comunicato l’esito in tempo; l’app ha smesso di controllare. Controlla il dispositivo e l’interfaccia di amministrazione di Intune.',
  closed: 'Un tecnico ha chiuso a mano questa azione dall’esito sconosciuto, con una nota.',
};

export const shell: Messages['shell'] = {
  navDevices: 'Dispositivi',
  navReview: 'Revisione registri',
  navSettings: 'Impostazioni',
  mainNav: 'Principale',
  demoBadge: 'Tenant demo',
  tenantBadge: 'Tenant',
  demoBanner: 'Tenant demo: dispositivi simulati, nessun dispositivo reale viene toccato.',
  signedInAs: (name) => `Accesso eseguito come ${name}`,
  signOut: 'Disconnetti',
  signIn: 'Accedi',
  account: 'Account',
  secretStorageWarning: "L'accesso è conservato solo in memoria su questo computer",
  secretStorageDetail: "Questo computer non offre la cifratura del sistema operativo per la cache di accesso, quindi a ogni avvio dell'app devi accedere di nuovo.",
  signOutFollowingTitle: (n) => (n === 1 ? 'Disconnettersi mentre un’azione è ancora seguita?' : `Disconnettersi mentre ${n} azioni sono ancora seguite?`),
  signOutNotCancelled: 'La disconnessione non annulla nulla: non invia nulla a Intune, e ciò che Intune ha ricevuto resta a Intune.',
  signOutPaused: (n) =>
    n === 1
      ? 'Finché nessuno è connesso, Passcode Desk non può chiedere a Intune come finisce. Continua a provare e, quando qualcuno accede di nuovo a questo tenant, segue l’azione da dove si era fermato e il registro delle azioni ne annota la fine.'
      : 'Finché nessuno è connesso, Passcode Desk non può chiedere a Intune come finiscono. Continua a provare e, quando qualcuno accede di nuovo a questo tenant, le segue da dove si era fermato e il registro delle azioni ne annota la fine.',
  signOutDeadline:
    'Se nessuno accede entro un giorno dalla richiesta (un’ora quando non si sa se Intune l’ha ricevuta), l’azione termina come non risolta e il suo esito va controllato nell’interfaccia di amministrazione di Intune.',
  staySignedIn: 'Resta connesso',
};
