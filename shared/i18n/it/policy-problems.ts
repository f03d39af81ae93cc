import type { SharedText } from '../shared-text';
import { osFaultWords } from '../os-fault';

/** Ogni problema della policy in italiano; i nomi delle impostazioni restano quelli del file. */
export const policyProblems: SharedText['policyProblems'] = {
  unknownSetting: ({ name }) => `"${name}" non è un’impostazione della policy di Passcode Desk ed è stata ignorata`,
  notText: ({ key }) => `${key} deve essere un testo ed è stata ignorata`,
  notBoolean: ({ key }) => `${key} deve essere true o false (1 o 0) ed è stata ignorata`,
  badTenant: ({ value }) => `Tenant "${value}" non è un ID o un dominio del tenant ed è stato ignorato`,
  badClientId: ({ value }) => `ClientId "${value}" non è un ID applicazione (client) ed è stato ignorato`,
  needsBoth: ({ key }) => `${key} serve insieme all’altro valore; il tenant non è stato impostato`,
  badTicketPattern: () =>
    'TicketPattern non è un’espressione regolare valida (al massimo 200 caratteri); il riferimento ticket è obbligatorio ma non viene confrontato con il modello',
  badCollectorAddress: ({ value }) => `CollectorAddress "${value}" non è nella forma host:porta; non viene inoltrato nulla`,
  badTransport: () => 'CollectorTransport deve essere tls o tcp; non viene inoltrato nulla',
  lockedNotList: () => 'Locked deve essere un elenco di nomi di impostazioni',
  lockedUnknown: ({ name, lockable }) => `Locked nomina "${name}", che non è un’impostazione bloccabile (${lockable})`,
  fileUnreadable: ({ cause }) => `non è stato possibile leggere il file (${osFaultWords('it', cause)})`,
  notJson: () => 'il file non è un JSON valido',
  notObject: () => 'il file deve contenere un solo oggetto JSON',
  registryUnreadable: () => 'non è stato possibile leggere la chiave di registro',
  preferencesUnreadable: () => 'non è stato possibile leggere le preferenze gestite',
  preferencesNotDictionary: () => 'le preferenze gestite non sono un dizionario di impostazioni',
};
