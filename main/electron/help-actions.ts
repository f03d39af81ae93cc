import { app, clipboard, dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { Result } from '../../shared/result';
import type { Dispatch } from '../base/ipc/dispatch';
import type { Logger } from '../base/logger';
import os from 'node:os';
import type { DiagnosticLog } from '../base/diagnostic-log';
import type { Language } from '../../shared/i18n/language';
import { aboutFacts, aboutText } from './about-text';
import { supportDetailsText, supportFactsFrom } from './support-details';

/** Asks the core like the renderer would, through dispatch; a call that throws counts as unavailable. */
async function readFacts(dispatch: Dispatch) {
  const ask = (channel: 'getAppInfo' | 'getLogStatus') => dispatch(channel, {}, { door: 'electron' }).catch((): Result<unknown> | undefined => undefined);
  const [info, status] = await Promise.all([ask('getAppInfo'), ask('getLogStatus')]);
  return aboutFacts(info, status);
}

/** Help > About: version, log folder and signing-key fingerprint, with a button to copy them, in the menu's language. */
export async function showAboutBox(dispatch: Dispatch, owner: BrowserWindow | null, language: Language): Promise<void> {
  const { title, buttons, message, detail } = aboutText(app.getName(), await readFacts(dispatch), process.versions, language);
  const options: MessageBoxOptions = { type: 'info', title, message, detail, buttons, defaultId: 0, cancelId: 0, noLink: true };
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  if (response === 1) clipboard.writeText(`${message}\n${detail}`);
}

/** Help > Show Action Log Folder: opens the folder the core reports (never a path from the renderer). */
export async function showLogFolder(dispatch: Dispatch, logger: Logger): Promise<void> {
  const { logFolder } = await readFacts(dispatch);
  if (logFolder === null) return;
  const problem = await shell.openPath(logFolder);
  if (problem) logger.warn(`Could not open the action log folder: ${problem}`);
}

/** Help > Open Diagnostic Log: the current file in the OS's text viewer (it exists once anything was logged). */
export async function openDiagnosticLog(log: DiagnosticLog): Promise<void> {
  log.info('Diagnostic log opened from the Help menu');
  const problem = await shell.openPath(log.file());
  if (problem) log.warn(`Could not open the diagnostic log: ${problem}`);
}

/** Help > Copy Support Details: version, OS, tenant id and the last Graph request ids, onto the clipboard. */
export async function copySupportDetails(dispatch: Dispatch, log: DiagnosticLog): Promise<void> {
  const ask = (channel: 'getAppInfo' | 'getSession') => dispatch(channel, {}, { door: 'electron' }).catch((): Result<unknown> | undefined => undefined);
  const [info, session] = await Promise.all([ask('getAppInfo'), ask('getSession')]);
  clipboard.writeText(
    supportDetailsText({
      appName: app.getName(),
      ...supportFactsFrom(info, session),
      os: `${os.type()} ${os.release()} (${process.platform} ${process.arch})`,
      diagnosticLog: log.file(),
      graphRequestIds: log.recentGraphRequestIds(),
      versions: process.versions,
    }),
  );
}
