import type { Messages } from '../messages';
import { osFaultWords } from '../../../shared/i18n/os-fault';

export const settings: Messages['settings'] = {
  title: 'Impostazioni',
  ticketGroup: 'Riferimento ticket',
  ticketRequired: 'Obbligatorio per ogni azione sul passcode',
  ticketOptional: 'Facoltativo',
  languageGroup: 'Lingua',
  languageSystem: (name) => `Come il sistema (${name})`,
  languageEn: 'English',
  languageIt: 'Italiano',
  connectionGroup: 'Connessione al tenant',
  connectionHelp: 'Lascia vuoti entrambi i campi per usare il tenant demo integrato.',
  logGroup: 'Registro delle azioni',
  logFolder: 'Cartella del registro',
  fingerprint: 'Impronta della chiave di firma del registro',
  fingerprintHelp: 'Annota questa impronta dove gli amministratori possano confrontarla quando esaminano i registri di questo computer.',
  copyFingerprint: 'Copia impronta',
  keyEncrypted: 'La chiave di firma è conservata cifrata su questo computer.',
  keyMemory: 'Questo computer non offre cifratura: la chiave di firma resta in memoria e cambia a ogni avvio.',
  logUnavailable: 'Lo stato del registro delle azioni non è ancora disponibile.',
  openFindings: "Rilevato all'apertura del registro",
  findings: {
    keyInMemory:
      'Questo computer non offre cifratura, quindi la chiave di firma del registro resta in memoria solo per questa esecuzione. Le voci di questa esecuzione si possono verificare con la chiave pubblica nella loro intestazione, ma quella chiave non può essere annotata in anticipo.',
    truncated: (line, movedTo) => `L’ultima esecuzione si è interrotta mentre scriveva la riga ${line}; la riga incompleta è stata spostata in ${movedTo}.`,
    keyReplaced: (movedTo) => `Non è stato possibile decifrare la chiave di firma salvata, quindi ne è stata creata una nuova e l’impronta è cambiata. Il vecchio file della chiave è stato conservato come ${movedTo}.`,
    staleLock: (pid) => `È stato rimosso un blocco lasciato da un processo di Passcode Desk precedente (${pid}) non più in esecuzione.`,
  },
  reset: {
    title: 'Non è stato possibile leggere le impostazioni salvate: l’app è partita con le impostazioni predefinite.',
    notJson: 'Il file delle impostazioni non è JSON valido: probabilmente è stato modificato a mano o è stato troncato.',
    invalidValue: (field: string) =>
      field ? `Il file delle impostazioni contiene un valore che l’app non accetta (in «${field}»).` : 'Il file delle impostazioni contiene un valore che l’app non accetta.',
    unreadable: (cause: string) => `Non è stato possibile leggere il file delle impostazioni (${osFaultWords('it', cause)}).`,
    keptAs: 'Non è stato cancellato nulla: il vecchio file è stato conservato come',
    notKept: 'Non è stato possibile spostare da parte il vecchio file; il prossimo salvataggio lo sostituirà.',
    whatToDo: 'Apri Impostazioni e controlla la connessione al tenant, la regola del ticket e la lingua, poi salva. L’IT può confrontarle con il vecchio file.',
    open: 'Apri Impostazioni',
    dismiss: 'Chiudi avviso',
  },
  saved: 'Impostazioni salvate.',
  saving: 'Salvataggio…',
};
