import type { Messages } from '../messages';

export const checks: Messages['checks'] = {
  sourceBoth: 'Regola dalla documentazione di Intune (2018); la documentazione attuale aggiunge altro, vedi l’avvertenza',
  cautionLabel: 'Attenzione',
  sharedIpad: 'iPad condiviso',
  sharedIpadYes: 'Sì (rimozione del passcode non consentita)',
  sharedIpadNo: 'No',
  notPermittedTitle: 'Intune ha rifiutato il tuo account: accedere di nuovo non serve',
  notPermittedAsk: 'Chiedi a un amministratore di Intune di verificare, in quest’ordine:',
  missing: {
    'intune-role-read': 'il tuo ruolo Intune include Dispositivi gestiti > Lettura',
    'intune-role-reset': 'il tuo ruolo Intune include Attività remote > Reimposta passcode (il ruolo predefinito Operatore help desk lo include)',
    'intune-role-audit': 'il tuo ruolo Intune può leggere i controlli delle azioni remote',
    'intune-licence': 'il tuo account ha una licenza Intune',
    'scope-read': 'la registrazione dell’app ha il consenso amministratore per DeviceManagementManagedDevices.Read.All',
    'scope-privileged': 'la registrazione dell’app ha il consenso amministratore per DeviceManagementManagedDevices.PrivilegedOperations.All',
  },
  activityId: 'ID attività Intune: ',
  passcodeLegend: 'Cifre in blu, lettere MAIUSCOLE sottolineate, minuscole normali.',
  passcodeCharNames: { digit: 'cifra', upper: 'maiuscola', lower: 'minuscola' },
  numericKeypadNote:
    'Questo passcode contiene lettere. Se la schermata di blocco mostra solo un tastierino numerico, chiedi all’utente di cambiare tastiera (un tasto "ABC"); se non c’è, non può digitarlo: non reimpostare subito di nuovo, chiama l’amministratore di Intune.',
  revealAgain: 'Mostra di nuovo',
  revealAgainTitle: (device: string) => `Mostra di nuovo il passcode di ${device}`,
  revealAgainIntro: 'Intune conserva un passcode generato per sette giorni. Viene riletto ora da Intune e il motivo va nel registro delle azioni (il passcode mai).',
  revealAgainReason: 'Perché ti serve di nuovo?',
  revealAgainReasonHint: 'Per esempio: la chiamata si è interrotta prima che l’utente lo annotasse.',
  revealAgainButton: 'Rileggilo da Intune e mostralo',
  keptUntil: (when: string) => `Intune lo conserva fino al ${when}.`,
};
