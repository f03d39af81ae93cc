import type { SharedText } from '../shared-text';

export const chainLacks: SharedText['chainLacks'] = {
  'no-header': 'la prima riga non è un’intestazione, quindi non nomina alcuna installazione',
  'no-machine-name': 'nome del computer: non registrato (file di formato 1, scritti prima che il nome del computer venisse registrato)',
  'format-1': 'formato 1: ogni riga è firmata, e ogni firma è stata verificata',
};
