import { errSaid } from '../base/said-error';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channelNames, ipcChannelPrefix, ipcEventPrefix } from '../../shared/ipc/contract';
import { eventOnWire } from '../../shared/ipc/text-events';
import { err } from '../../shared/result';
import type { EventHub } from '../base/events';
import type { Dispatch } from '../base/ipc/dispatch';
import type { Logger } from '../base/logger';
import { isAppUrl } from './app-origin';

/**
 * The IPC wrapper: with ipc-main.ts, the only code that touches ipcMain. It registers one
 * handler per contract channel, and each checks the sender (our window's main
 * frame, loaded from our own origin) before the argument reaches dispatch,
 * which parses it. ipcMain and the windows are passed in so tests can give
 * honest fakes without an Electron binary.
 */
export function registerElectronIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isOurWindow: (contents: WebContents) => boolean, logger: Logger): void {
  for (const name of channelNames) {
    ipcMain.handle(`${ipcChannelPrefix}${name}`, async (event: IpcMainInvokeEvent, raw: unknown) => {
      if (!isTrustedSender(event, isOurWindow)) {
        // Worth a line in the log (someone is probing the door), never the argument itself.
        logger.warn(`Refused IPC call ${name}: it did not come from the Passcode Desk window's main frame (frame ${describeFrame(event)})`);
        return errSaid('forbidden_sender', { code: 'notFromWindow', params: {} });
      }
      return dispatch(name, raw, { door: 'electron' });
    });
  }
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, isOurWindow: (contents: WebContents) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || !isOurWindow(event.sender)) return false;
  // Only the top frame of our window, never an iframe, and only our origin.
  if (frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

/** The refused frame's origin, for the log: enough to recognise it, nothing from its URL's path or query. */
function describeFrame(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string {
  try {
    if (!event.senderFrame) return 'gone';
    // Not URL.origin: it is "null" for custom schemes such as our app://.
    const url = new URL(event.senderFrame.url);
    return url.host ? `${url.protocol}//${url.host}` : url.protocol;
  } catch {
    return 'with no URL';
  }
}

/** Forwards every core event to the windows that are ours (device pages as JSON text: contract.ts textEvents). */
export function forwardEventsToWindows(events: EventHub, windows: () => WebContents[]): () => void {
  return events.listen((event, payload) => {
    const wire = eventOnWire(event, payload);
    for (const contents of windows()) {
      if (!contents.isDestroyed()) contents.send(`${ipcEventPrefix}${event}`, wire);
    }
  });
}
