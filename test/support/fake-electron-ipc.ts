import type { IpcMainInvokeEvent, WebContents } from 'electron';

/**
 * Stand-ins for ipcMain and a window's webContents that behave like
 * Electron's: `handle` registers one listener per channel (a second
 * registration throws, as Electron does), and `invoke` calls it with an event
 * that names the sending frame.
 */
export function createFakeIpcMain() {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  return {
    handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    channels: () => [...handlers.keys()],
    async invoke(channel: string, sender: FakeContents, frame: FakeFrame, arg: unknown) {
      const listener = handlers.get(channel);
      if (!listener) throw new Error(`No handler registered for '${channel}'`);
      // Electron serialises arguments with the structured clone algorithm.
      const cloned = structuredClone(arg);
      return listener({ sender, senderFrame: frame } as unknown as IpcMainInvokeEvent, cloned);
    },
  };
}

export interface FakeFrame {
  url: string;
}
export interface FakeContents {
  mainFrame: FakeFrame;
  sent: Array<[string, unknown]>;
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
}

export function createFakeContents(url = 'app://passcode-desk/index.html'): FakeContents {
  const sent: Array<[string, unknown]> = [];
  return {
    mainFrame: { url },
    sent,
    send: (channel, payload) => void sent.push([channel, structuredClone(payload)]),
    isDestroyed: () => false,
  };
}

export const asWebContents = (contents: FakeContents) => contents as unknown as WebContents;
