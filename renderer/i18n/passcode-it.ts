import { singleModePlatformLabels } from '../../shared/platform/platform';
import type { PasscodeActionKind, PasscodeCautionCode, PasscodeMode, PasscodeOutcomeCode, PasscodeReasonCode } from '../../shared/rules/passcode-codes';

// Italian text for the shared decision codes (the English lives in
// shared/rules/passcode-text.ts). Typed as full records, so a new code in
// shared/ is a type error here until it is translated. The action labels are
// the Intune portal's own Italian names.

export const passcodeActionLabelsIt: Record<PasscodeActionKind, string> = {
  remove: 'Rimuovi il passcode',
  reset: 'Reimposta il passcode',
};

export const passcodeModeLabelsIt: Record<PasscodeMode, string> = {
  ios_device: 'Dispositivo iOS',
  ipados_device: 'Dispositivo iPadOS',
  shared_ipad: 'iPad condiviso',
  apple_user_enrollment: 'Registrazione utente Apple (iPhone o iPad personale)',
  android_work_profile: 'Android con profilo di lavoro (dispositivo personale)',
  android_device_admin: 'Android con amministratore di dispositivo',
  android_enterprise_dedicated: 'Android Enterprise, dispositivo dedicato',
  android_enterprise_fully_managed: 'Android Enterprise, dispositivo completamente gestito',
  android_enterprise_corporate_work_profile: 'Android Enterprise, profilo di lavoro su dispositivo aziendale',
  android_aosp_user_owned: 'Android (AOSP) associato a un utente',
  android_aosp_userless: 'Android (AOSP) senza utente',
  ...singleModePlatformLabels, // product names, not translated
  unknown: 'Sconosciuta',
};

export const passcodeReasonTextIt: Record<PasscodeReasonCode, string> = {
  apple_user_enrollment:
    "Questo iPhone o iPad è registrato con la Registrazione utente Apple, pensata per i dispositivi personali: Intune non controlla il passcode del dispositivo, quindi non può rimuoverlo.",
  work_profile_android_6_or_earlier:
    'Sui dispositivi Android con profilo di lavoro, Intune può reimpostare il passcode solo da Android 7.0 in poi. Questo dispositivo ha Android 6 o precedente.',
  device_admin_android_7_or_later:
    'Sui dispositivi Android gestiti con amministratore di dispositivo, Intune può reimpostare il passcode solo fino ad Android 6. Questo dispositivo ha Android 7 o successivo.',
  android_version_unknown: 'Versione di Android sconosciuta: impossibile confermare il supporto',
  android_mode_unknown:
    'Intune non indica come è registrato questo dispositivo Android (profilo di lavoro, amministratore di dispositivo o Android Enterprise), quindi il supporto non può essere confermato.',
  macos_not_supported: 'Intune non può rimuovere né reimpostare il passcode dei dispositivi macOS.',
  windows_not_supported: 'Intune non può rimuovere né reimpostare il passcode dei dispositivi Windows.',
  linux_not_supported: 'Intune non può rimuovere né reimpostare il passcode dei dispositivi Linux.',
  chromeos_not_supported: 'Intune non può rimuovere né reimpostare il passcode dei dispositivi ChromeOS.',
  visionos_not_supported: 'Intune non può rimuovere né reimpostare il passcode dei dispositivi visionOS (Apple Vision Pro).',
  visionos_before_1_1:
    'Intune può rimuovere il passcode di un Apple Vision Pro solo da visionOS 1.1 in poi, dove Apple ha aggiunto il comando. Questo dispositivo ha una versione di visionOS precedente.',
  visionos_version_unknown: 'Versione di visionOS sconosciuta: impossibile confermare il supporto (Intune richiede visionOS 1.1 o successivo).',
  shared_ipad:
    "Questo iPad è un iPad condiviso: Apple non consente di rimuovere il passcode sugli iPad condivisi, quindi Intune non può farlo.",
  tvos_not_supported: 'Intune non può rimuovere né reimpostare il passcode dei dispositivi tvOS (Apple TV).',
  platform_unknown: 'Intune non indica quale piattaforma usa questo dispositivo, quindi il supporto non può essere confermato.',
};

export const passcodeOutcomeTextIt: Record<PasscodeOutcomeCode, string> = {
  apple_passcode_removed:
    "Il passcode viene rimosso dal dispositivo. Se si applica un criterio di conformità sul passcode, il dispositivo chiede poi all'utente di impostarne uno nuovo in Impostazioni.",
  work_profile_passcode_reset:
    "Il profilo di lavoro riceve una nuova password di sblocco, oppure all'utente viene chiesto di impostarne una. Funziona solo se l'utente ha attivato il token di reimpostazione del passcode quando Android lo ha chiesto dopo la registrazione.",
  work_profile_passcode_reset_or_generated:
    "Il profilo di lavoro riceve una nuova password di sblocco, oppure all'utente viene chiesto di impostarne una; Intune può anche generare un passcode temporaneo del profilo di lavoro, mostrato qui se lo fa. Funziona solo se l'utente ha attivato il token di reimpostazione del passcode quando Android lo ha chiesto dopo la registrazione.",
  device_admin_passcode_set: 'Intune sostituisce il passcode del dispositivo con uno nuovo generato da Intune.',
  device_passcode_generated: 'Intune reimposta il passcode del dispositivo e ne imposta uno nuovo generato da Intune.',
  work_profile_passcode_generated: 'Intune reimposta il passcode del profilo di lavoro e ne imposta uno nuovo generato da Intune.',
};

export const passcodeAlternativeTextIt: Record<PasscodeReasonCode, string> = {
  apple_user_enrollment:
    'L’utente può inizializzare e configurare di nuovo l’iPhone o l’iPad dalla schermata di blocco con il proprio Account Apple ("Hai dimenticato il codice?"). In Intune, Ritira rimuove le app e i dati aziendali.',
  work_profile_android_6_or_earlier:
    'Intune offre Ritira, che rimuove il profilo di lavoro (la parte personale del telefono resta intatta) così l’utente può registrarsi di nuovo. Da Android 7.0 in poi Reimposta il passcode funziona per i profili di lavoro.',
  device_admin_android_7_or_later:
    'Per questo dispositivo Intune offre Blocco remoto e Cancella (ripristino dei dati di fabbrica). Passando ad Android Enterprise, Reimposta il passcode torna disponibile.',
  android_version_unknown: 'Premi Sincronizza ora il dispositivo (qui sopra) perché Intune ne conosca la versione di Android, poi riapri qui il dispositivo quando si è collegato.',
  android_mode_unknown: 'Premi Sincronizza ora il dispositivo (qui sopra) perché Intune sappia come è registrato, poi riapri qui il dispositivo quando si è collegato.',
  macos_not_supported:
    'Intune offre Blocco remoto (con un PIN scelto da te) e Cancella. Se FileVault è gestito da Intune, la chiave di ripristino personale nella pagina di Intune del dispositivo sblocca il Mac.',
  windows_not_supported:
    'L’utente reimposta il PIN di Windows Hello dalla schermata di accesso ("Ho dimenticato il PIN"). In Intune la pagina del dispositivo mostra le chiavi di ripristino BitLocker e offre Cancella, Nuovo avvio e Reimpostazione di Autopilot.',
  linux_not_supported: 'Intune non ha azioni remote sul passcode per Linux: un amministratore locale reimposta la password sul dispositivo.',
  chromeos_not_supported: 'I dispositivi ChromeOS si gestiscono dalla Console di amministrazione Google: reimposta lì la password dell’account Google dell’utente.',
  visionos_not_supported: 'Intune offre Cancella. L’utente può anche inizializzare Apple Vision Pro con il proprio Account Apple dopo troppi tentativi del codice.',
  tvos_not_supported: 'Per Apple TV Intune offre Riavvia e Cancella.',
  platform_unknown: 'Premi Sincronizza ora il dispositivo (qui sopra) perché Intune ne conosca la piattaforma, poi riapri qui il dispositivo quando si è collegato.',
  visionos_before_1_1: 'Aggiorna Apple Vision Pro a visionOS 1.1 o successivo (poi Rimuovi il passcode funziona), oppure usa Cancella. L’utente può anche inizializzarlo con il proprio Account Apple dopo troppi tentativi del codice.',
  visionos_version_unknown: 'Premi Sincronizza ora il dispositivo (qui sopra) perché Intune ne conosca la versione di visionOS, poi riapri qui il dispositivo quando si è collegato.',
  shared_ipad: 'Su un iPad condiviso ogni utente accede con il proprio Account Apple gestito: verifica quell’account (la password si reimposta in Apple Business Manager o Apple School Manager). Intune offre Riavvia, e Cancella per l’intero iPad.',
};

export const passcodeCautionTextIt: Record<PasscodeCautionCode, string> = {
  work_profile_docs_list_8_plus:
    "La documentazione attuale di Intune indica la reimpostazione del passcode del profilo di lavoro solo da Android 8.0 in poi. La regola del 2018 consente Android 7.x, quindi l'azione è proposta, ma Intune potrebbe concluderla come non supportata.",
  device_admin_gms_ended:
    "Intune ha terminato la gestione con amministratore di dispositivo dei dispositivi con Google Mobile Services alla fine del 2024: questo dispositivo potrebbe non essere più gestito e l'azione potrebbe non raggiungerlo.",
};
