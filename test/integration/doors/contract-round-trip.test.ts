import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import type { Core } from '../../../main/core/create-core';
import { forwardEventsToWindows, registerElectronIpc } from '../../../main/electron/ipc-electron';
import { startBrowserHost, type BrowserHost } from '../../../main/browser-host/server';
import { ipcChannelPrefix, ipcEventPrefix, channelNames } from '../../../shared/ipc/contract';
import { defaultSettings } from '../../../shared/settings/settings';
import { readTextEvent } from '../../../shared/ipc/text-events';
import WebSocket from 'ws';
import { readBinaryFrame } from '../../../shared/browser-host/event-frames';
import { makeDevice } from '../../unit/renderer/support/fixtures';
import { asWebContents, createFakeContents, createFakeIpcMain } from '../../support/fake-electron-ipc';
import { createTestCore } from '../../support/test-core';
import { recordingLogger } from '../../support/action-harness';
import { useTempDirs } from '../../support/temp-dir';
import { launchSession } from '../../support/browser-host-session';

const tempDir = useTempDirs();

describe('the same contract through both doors', () => {
  let core: Core;
  let host: BrowserHost;
  let session = '';
  let ipcMain: ReturnType<typeof createFakeIpcMain>;
  let window: ReturnType<typeof createFakeContents>;
  let logLines: string[];

  beforeEach(async () => {
    const dir = tempDir();
    core = await createTestCore(dir);
    ipcMain = createFakeIpcMain();
    window = createFakeContents();
    logLines = [];
    registerElectronIpc(ipcMain, core.dispatch, (contents) => contents === asWebContents(window), recordingLogger(logLines));
    const rendererDir = path.join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><script type="module" src="./main.js"></script></head></html>');
    host = await startBrowserHost({ core, rendererDir, bridgeScriptFile: path.join(dir, 'bridge.js') });
    session = await launchSession(host);
  });
  afterEach(async () => {
    await host.close();
    await core.close();
  });

  const viaElectron = (channel: string, arg: unknown) => ipcMain.invoke(`${ipcChannelPrefix}${channel}`, window, window.mainFrame, arg);
  const viaHttp = async (channel: string, arg: unknown) => {
    const response = await fetch(`${host.origin}/api/call/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session}` },
      body: JSON.stringify(arg),
    });
    return response.json();
  };

  it('registers exactly one Electron handler per contract channel', () => {
    expect(ipcMain.channels().sort()).toEqual(channelNames.map((c) => `${ipcChannelPrefix}${c}`).sort());
  });

  it('gives the same envelope for the same call', async () => {
    const settings = { ...defaultSettings, requireTicketReference: false, language: 'it' as const };
    const fromElectron = await viaElectron('saveSettings', { settings });
    const fromHttp = await viaHttp('saveSettings', { settings });
    expect(fromElectron).toEqual({ ok: true, value: settings });
    expect(fromHttp).toEqual(fromElectron);
    expect(await viaHttp('getSettings', {})).toEqual(await viaElectron('getSettings', {}));
  });

  it('gives the same validation error for the same bad call', async () => {
    const bad = { settings: { ...defaultSettings, language: 'klingon' } };
    const fromElectron = await viaElectron('saveSettings', bad);
    expect(fromElectron).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await viaHttp('saveSettings', bad)).toEqual(fromElectron);
  });

  it('refuses a foreign sender, an iframe and a foreign origin before any handler runs', async () => {
    const settings = { ...defaultSettings, requireTicketReference: false };
    const stranger = createFakeContents();
    const fromStranger = await ipcMain.invoke(`${ipcChannelPrefix}saveSettings`, stranger, stranger.mainFrame, { settings });
    const fromIframe = await ipcMain.invoke(`${ipcChannelPrefix}saveSettings`, window, { url: 'app://passcode-desk/index.html' }, { settings });
    const foreignOrigin = createFakeContents('https://evil.example/');
    const fromOrigin = await ipcMain.invoke(`${ipcChannelPrefix}saveSettings`, window, foreignOrigin.mainFrame, { settings });
    for (const answer of [fromStranger, fromIframe, fromOrigin]) expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    // Each refusal is logged with the channel and the frame's origin, never the request itself.
    expect(logLines.filter((line) => line.includes('Refused IPC call saveSettings'))).toHaveLength(3);
    expect(logLines.join('\n')).toContain('https://evil.example');
    expect(logLines.join('\n')).not.toContain('requireTicketReference');
    expect(await viaElectron('getSettings', {})).toEqual({ ok: true, value: defaultSettings });
  });

  it('pushes events to our window through the Electron door and to sockets through the browser host', async () => {
    forwardEventsToWindows(core.events, () => [asWebContents(window)]);
    const settings = { ...defaultSettings, requireTicketReference: false };
    await viaElectron('saveSettings', { settings });
    // Other domains may push their own events on a settings change (forwarding status does): each
    // reaches the window under the event prefix, and the settings change arrives exactly once.
    expect(window.sent.every(([channel]) => String(channel).startsWith(ipcEventPrefix))).toBe(true);
    expect(window.sent.filter(([channel]) => channel === `${ipcEventPrefix}settingsChanged`)).toEqual([[`${ipcEventPrefix}settingsChanged`, settings]]);
  });

  it('sends a device page through both doors as the same JSON text (bytes in a binary frame on the socket), which reads back to the page', async () => {
    forwardEventsToWindows(core.events, () => [asWebContents(window)]);
    const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/events`, { headers: { authorization: `Bearer ${session}` } });
    await new Promise((resolve) => socket.on('open', resolve));
    const frame = new Promise<{ data: Buffer; isBinary: boolean }>((resolve) => socket.on('message', (data, isBinary) => resolve({ data: data as Buffer, isBinary })));
    const page = { loadId: 'L1', devices: [makeDevice(), makeDevice({ id: 'dev-2', name: 'Zoë’s "iPad"' })], loaded: 2, done: true, error: null };
    core.events.emit('devicesProgress', page);
    const [channel, viaElectron] = window.sent.find(([name]) => name === `${ipcEventPrefix}devicesProgress`)!;
    expect(channel).toBe(`${ipcEventPrefix}devicesProgress`);
    // Text, so the window can hand it to its worker as it came (contract.ts textEvents).
    expect(typeof viaElectron).toBe('string');
    expect(readTextEvent('devicesProgress', viaElectron as string)).toEqual({ kind: 'event', payload: page });
    // The socket's frame is binary (event-frames.ts): the bridge hands its bytes to the worker unparsed.
    const { data, isBinary } = await frame;
    expect(isBinary).toBe(true);
    const bytes = new Uint8Array(data).slice().buffer;
    const onSocket = readBinaryFrame(bytes);
    expect(onSocket?.event).toBe('devicesProgress');
    expect(Buffer.from(onSocket!.bytes).toString('utf8')).toBe(viaElectron);
    expect(readTextEvent('devicesProgress', onSocket!.bytes)).toEqual({ kind: 'event', payload: page });
    socket.close();
  });
});
