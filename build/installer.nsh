; Passcode Desk: the uninstaller's one custom step (electron-builder inserts the
; customUnInstall macro before it removes the app's files; nsis.include in
; electron-builder.yml points here).
;
; The action logs are the record of every passcode action taken on this
; computer, so an uninstall keeps the app's data (logs, settings, window
; position) unless the person uninstalling says to delete it. The question
; defaults to No. Unattended removals keep the data too; admins who want it
; gone pass electron-builder's own switch: "Uninstall Passcode Desk.exe" /S --delete-app-data

!macro customUnInstall
  ; Updates and reinstalls run the old uninstaller with --updated: never ask then.
  ${ifNot} ${isUpdated}
    ; Our own look for /S rather than ${Silent}: the one-click uninstaller turns
    ; silent mode on itself after its first question (electron-builder issue
    ; #8240), so ${Silent} cannot tell a person from a deployment script. For
    ; the same reason the box has no /SD default answer: it must show here.
    ClearErrors
    ${GetParameters} $R0
    ${GetOptions} $R0 "/S" $R1
    ${if} ${Errors}
      ${if} ${Cmd} `MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Also delete Passcode Desk's data from this computer?$\r$\n$\r$\nThis includes the action logs, the signed record of every passcode action taken here:$\r$\n$APPDATA\${PRODUCT_NAME}\action-log$\r$\n$\r$\nChoose No to keep them (recommended). They can be reviewed later in Passcode Desk on any computer." IDYES`
        ; Electron keeps user data per user, even when the app was installed for all users.
        ${if} $installMode == "all"
          SetShellVarContext current
        ${endif}
        RMDir /r "$APPDATA\${PRODUCT_NAME}"
        ${if} $installMode == "all"
          SetShellVarContext all
        ${endif}
      ${endif}
    ${endif}
  ${endif}
!macroend
