import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import WebSocket from 'ws';
import type { Core } from '../../../main/core/create-core';
import { startBrowserHost, type BrowserHost } from '../../../main/browser-host/server';
import { defaultSettings } from '../../../shared/settings/settings';
import { createTestCore } from '../../support/test-core';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

/** A raw request, so tests can send the headers a browser would refuse to forge. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser host', () => {
  let core: Core;
  let host: BrowserHost;
  beforeEach(async () => {
    const dir = tempDir();
    core = await createTestCore(dir);
    const rendererDir = path.join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(
      path.join(rendererDir, 'index.html'),
      `<html><head><meta http-equiv="Content-Security-Policy" content="script-src app://passcode-desk; connect-src 'none'"><script type="module" src="./main.js"></script></head></html>`,
    );
    writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
    host = await startBrowserHost({ core, rendererDir, bridgeScriptFile: path.join(dir, 'bridge.js') });
  });
  afterEach(async () => {
    await host.close();
    await core.close();
  });
  const call = (channel: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${host.origin}/api/call/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const auth = () => ({ authorization: `Bearer ${host.token}` });

  it('binds to loopback only', () => {
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
  });

  it('refuses calls without the per-run token, with a wrong one, or from another origin', async () => {
    expect((await call('getSettings', '{}')).status).toBe(403);
    expect((await call('getSettings', '{}', { authorization: 'Bearer nope' })).status).toBe(403);
    expect((await call('getSettings', '{}', { ...auth(), origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('getSettings', '{}', auth())).status).toBe(200);
  });

  it('refuses a request for another Host name (DNS rebinding)', async () => {
    const answer = await rawGet(`${host.origin}/`, { host: 'attacker.example', authorization: `Bearer ${host.token}` });
    expect(answer.status).toBe(403);
  });

  it('exchanges the launch token for an HttpOnly, SameSite=Strict cookie that authenticates later calls', async () => {
    const launch = await fetch(host.launchUrl, { redirect: 'manual' });
    expect(launch.status).toBe(302);
    const cookie = launch.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const answer = await call('getSettings', '{}', { cookie: cookie.split(';')[0]! });
    expect(await answer.json()).toEqual({ ok: true, value: defaultSettings });
    expect((await fetch(`${host.origin}/launch?token=wrong`, { redirect: 'manual' })).status).toBe(403);
  });

  it('answers bad bodies with validation errors and keeps serving', async () => {
    expect(await (await call('getSettings', 'not json', auth())).json()).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const huge = JSON.stringify({ settings: { ...defaultSettings, tenant: 'x'.repeat(10 * 1024 * 1024) } });
    expect(await (await call('saveSettings', huge, auth())).json()).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await (await call('nope', '{}', auth())).json()).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    const plain = await fetch(`${host.origin}/api/call/getSettings`, { method: 'POST', headers: { 'content-type': 'text/plain', ...auth() }, body: '{}' });
    expect(plain.status).toBe(415);
    expect((await call('getSettings', '{}', auth())).status).toBe(200);
  });

  it('serves index.html with the bridge first and the CSP pointed at its own origin, and nothing outside the renderer', async () => {
    const html = await (await fetch(`${host.origin}/`, { headers: auth() })).text();
    expect(html.indexOf('/bridge.js')).toBeLessThan(html.indexOf('./main.js'));
    expect(html).toContain("script-src 'self'");
    expect(html).toContain("connect-src 'self'");
    const escape = await rawGet(`${host.origin}/../secret.txt`, { authorization: `Bearer ${host.token}` });
    expect(escape.body).not.toContain('outside the renderer');
    const encoded = await rawGet(`${host.origin}/%2e%2e/secret.txt`, { authorization: `Bearer ${host.token}` });
    expect(encoded.body).not.toContain('outside the renderer');
  });

  it('pushes core events over the WebSocket only to authenticated sockets', async () => {
    const wsUrl = `${host.origin.replace('http', 'ws')}/events`;
    const refused = new WebSocket(wsUrl);
    await new Promise((resolve) => refused.on('error', resolve));
    const socket = new WebSocket(wsUrl, { headers: auth() });
    await new Promise((resolve) => socket.on('open', resolve));
    const message = new Promise<string>((resolve) => socket.on('message', (data) => resolve(String(data))));
    const settings = { ...defaultSettings, language: 'it' as const };
    await call('saveSettings', JSON.stringify({ settings }), auth());
    expect(JSON.parse(await message)).toEqual({ event: 'settingsChanged', payload: settings });
    socket.close();
  });
});
