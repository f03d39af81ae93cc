import type { SharedText } from '../shared-text';

export const tenantActionsNotices: SharedText['tenantActionsNotices'] = {
  auditsRefused: () =>
    'Intune non ha permesso a questo account di leggere le azioni sui dispositivi del tenant (remoteActionAudits). Le azioni degli altri non sono mostrate; tutto il resto funziona. Un amministratore può concedere DeviceManagementManagedDevices.Read.All con un ruolo Intune che legge i dati di controllo.',
  refreshNoAnswer: () => "Impossibile aggiornare le azioni del tenant: Microsoft Graph non ha risposto. L'elenco mostra le ultime righe lette.",
  refreshStatus: ({ status }) => `Impossibile aggiornare le azioni del tenant: Microsoft Graph ha risposto HTTP ${status}. L'elenco mostra le ultime righe lette.`,
  refreshFailed: () => "Impossibile aggiornare le azioni del tenant; la causa è nel log di diagnostica dell'app. L'elenco mostra le ultime righe lette.",
};
