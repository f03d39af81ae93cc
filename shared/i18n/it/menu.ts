import type { SharedText } from '../shared-text';

export const menu: SharedText['menu'] = {
  file: 'File',
  edit: 'Modifica',
  view: 'Visualizza',
  window: 'Finestra',
  help: 'Aiuto',
  about: (appName) => `Informazioni su ${appName}`,
  showLogFolder: 'Mostra la cartella del registro delle azioni',
  openDiagnosticLog: 'Apri il log di diagnostica',
  copySupportDetails: 'Copia i dettagli per l’assistenza',
  aboutOk: 'OK',
  aboutCopy: 'Copia i dettagli',
  version: 'Versione',
  logFolder: 'Cartella del registro delle azioni',
  fingerprint: 'Impronta della chiave di firma',
  keyStorage: 'Custodia della chiave di firma',
  keyEncrypted: 'cifrata dal sistema operativo',
  keyInMemory: 'solo in memoria (questo computer non offre cifratura)',
  notAvailable: 'non disponibile',
};
