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
};
