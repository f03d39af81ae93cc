import { app, clipboard, dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { Result } from '../../shared/result';
import type { Dispatch } from '../base/ipc/dispatch';
import type { Logger } from '../base/logger';
import { aboutFacts, aboutText, notAvailable } from './about-text';

/** Asks the core like the renderer would, through dispatch; a call that throws counts as unavailable. */
async function readFacts(dispatch: Dispatch) {
  const ask = (channel: 'getAppInfo' | 'getLogStatus') => dispatch(channel, {}, { door: 'electron' }).catch((): Result<unknown> | undefined => undefined);
  const [info, status] = await Promise.all([ask('getAppInfo'), ask('getLogStatus')]);
  return aboutFacts(info, status);
}

/** Help > About: version, log folder and signing-key fingerprint, with a button to copy them. */
export async function showAboutBox(dispatch: Dispatch, owner: BrowserWindow | null): Promise<void> {
  const { message, detail } = aboutText(app.getName(), await readFacts(dispatch), process.versions);
  const options: MessageBoxOptions = { type: 'info', title: `About ${app.getName()}`, message, detail, buttons: ['OK', 'Copy Details'], defaultId: 0, cancelId: 0, noLink: true };
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  if (response === 1) clipboard.writeText(`${message}\n${detail}`);
}

/** Help > Show Action Log Folder: opens the folder the core reports (never a path from the renderer). */
export async function showLogFolder(dispatch: Dispatch, logger: Logger): Promise<void> {
  const { logFolder } = await readFacts(dispatch);
  if (logFolder === notAvailable) return;
  const problem = await shell.openPath(logFolder);
  if (problem) logger.warn(`Could not open the action log folder: ${problem}`);
}
