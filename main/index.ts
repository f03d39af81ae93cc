import path from 'node:path';
import { app, BrowserWindow, clipboard, dialog, Menu, session } from 'electron';
import { createCore } from './core/create-core';
import { unreachableSignIn } from './core/microsoft-backend';
import { runVerify } from './core/verify-logs';
import { isDemoPace } from './demo-backend/demo-pace';
import { demoTechnicianByName, openDemoBackend } from './demo-backend/open-demo-backend';
import { createManualClock, ELECTRON_DEMO_CONTROL_SWITCH, exposeDemoCommands, type DemoTenantControl } from './demo-backend/demo-commands';
import { createDiagnosticLog } from './base/diagnostic-log';
import { registerAppSchemePrivileges, serveRenderer } from './electron/app-protocol';
import { createElectronPlatform, createSafeStorageSecretStore } from './electron/electron-platform';
import { limitPermissions, guardWebContents } from './electron/guards';
import { forwardEventsToWindows } from './electron/ipc-electron';
import { shownPasscodes } from './electron/passcode-clipboard';
import { registerIpc } from './electron/ipc-main';
import { createSecureWindow } from './electron/secure-window';
import { createAppMenu, followSavedLanguage } from './electron/app-menu';
import { copySupportDetails, openDiagnosticLog, showAboutBox, showLogFolder } from './electron/help-actions';
import { loadWindowPlacement, rememberWindowPlacement } from './electron/window-state';

// The Electron door: wires the electron-free core to IPC, then opens the window.
const distDir = path.join(__dirname, '..');
// The diagnostic log goes to a rotated file in the OS's logs folder (and the console, for a terminal start).
const logger = createDiagnosticLog({ folder: () => app.getPath('logs'), echo: true });
registerAppSchemePrivileges();

// `PasscodeDesk --verify PATH...`: the auditor's check (main/review/verify-cli.ts), with no window and no single-instance lock.
const verifyAt = process.argv.indexOf('--verify');
if (verifyAt >= 0) {
  void runVerify(process.argv.slice(verifyAt + 1), { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) })
    .catch(() => 2)
    .then((code) => app.exit(code));
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  // End-to-end tests only: an unpackaged app started with --demo-control keeps the demo tenant's
  // clock still until the test moves it (demo-commands.ts), as the browser host does. A packaged app
  // ignores the switch, and a real tenant never sees this clock.
  const demoClock = !app.isPackaged && process.argv.includes(ELECTRON_DEMO_CONTROL_SWITCH) ? createManualClock(Date.now()) : undefined;
  let demoTenant: DemoTenantControl | null = null;
  if (demoClock) exposeDemoCommands({ clock: demoClock, tenant: () => demoTenant });
  // End-to-end tests only, as the browser host's switch of the same name: a configured tenant's sign-in requests go to a
  // closed loopback port (a real refusal), so the sign-in error is seen without Microsoft's cloud. A packaged app ignores it.
  const signInUnreachable = !app.isPackaged && process.argv.includes('--sign-in-unreachable');
  const platform = createElectronPlatform(() => mainWindow);

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, platform.openExternal));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    limitPermissions(session.defaultSession);
    serveRenderer(path.join(distDir, 'renderer'));
    const secretStore = await createSafeStorageSecretStore();
    logger.info(`Secrets at rest: safeStorage ${secretStore.api} API, ${secretStore.isEncryptionAvailable() ? 'encrypted' : 'no OS encryption (kept in memory)'}`);
    const core = await createCore({
      userDataDir: app.getPath('userData'),
      appName: app.getName(),
      appVersion: app.getVersion(),
      host: 'electron',
      locale: app.getLocale(),
      secretStore,
      platform,
      logger,
      signInClient: signInUnreachable ? await unreachableSignIn() : undefined,
      // Lets end-to-end tests watch a demo action finish in seconds; people get the default pace.
      demoBackend: () =>
        openDemoBackend({
          pace: isDemoPace(process.env.PASSCODE_DESK_DEMO_PACE) ? process.env.PASSCODE_DESK_DEMO_PACE : undefined,
          clock: demoClock,
          // Another demo technician (robin.novak: no Reset passcode role; sam.reader: reading only), as the browser
          // host's --demo-technician; an unpackaged app only, like --demo-control. An unknown name stops the start.
          technicianUpn: app.isPackaged ? undefined : demoTechnicianByName(process.env.PASSCODE_DESK_DEMO_TECHNICIAN),
          onStarted: (control) => (demoTenant = control),
        }),
    });
    // A passcode copied while shown is taken off the clipboard on quit (passcode-clipboard.ts).
    const passcodes = shownPasscodes();
    registerIpc(passcodes.watch(core.dispatch), (contents) => mainWindow?.webContents === contents, logger);
    forwardEventsToWindows(core.events, () => (mainWindow ? [mainWindow.webContents] : []));
    // Let the last log entry and the sign-in cache reach the disk before the process ends.
    let closing = false;
    app.on('before-quit', (event) => {
      if (closing) return;
      closing = true;
      event.preventDefault();
      const clipboardChecked = passcodes.clearIfOnClipboard(clipboard).then(
        (cleared) => cleared && logger.info('A generated passcode was still on the clipboard at quit: cleared'),
        () => undefined,
      );
      const deadline = new Promise((resolve) => setTimeout(resolve, 5_000));
      void Promise.race([Promise.all([clipboardChecked, core.close()]), deadline]).finally(() => app.quit());
    });
    // The menu and About box speak the in-app language: the saved setting now, and each change as it is saved.
    const appMenu = createAppMenu(
      {
        install: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
        platform: process.platform,
        appName: app.getName(),
        developerItems: !app.isPackaged,
        osLocale: app.getLocale(),
      },
      {
        showAbout: () => void showAboutBox(core.dispatch, mainWindow, appMenu.language()),
        showLogFolder: () => void showLogFolder(core.dispatch, logger),
        openDiagnosticLog: () => void openDiagnosticLog(logger),
        copySupportDetails: () => void copySupportDetails(core.dispatch, logger),
      },
    );
    await followSavedLanguage(appMenu, core);
    const placement = loadWindowPlacement(app.getPath('userData'));
    mainWindow = createSecureWindow(distDir, placement.bounds);
    rememberWindowPlacement(mainWindow, placement, app.getPath('userData'), logger);
    mainWindow.on('closed', () => (mainWindow = null));
  }).catch((cause: unknown) => {
    // Without its core the app can do nothing safely: say why and leave.
    logger.error('Passcode Desk could not start', cause);
    dialog.showErrorBox('Passcode Desk could not start', cause instanceof Error ? cause.message : String(cause));
    app.quit();
  });
}
