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
import { launchSession } from '../../support/browser-host-session';

const tempDir = useTempDirs();

/** A raw request, so tests can send the headers a browser would refuse to forge. */
function rawGet(url: string, headers: Record<string, string>, rawPath?: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, ...(rawPath !== undefined && { path: rawPath }) }, (res) => {
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
  let session = '';
  let hostErrors: string[] = [];
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
    hostErrors = [];
    host = await startBrowserHost({
      core,
      rendererDir,
      bridgeScriptFile: path.join(dir, 'bridge.js'),
      logger: { info: () => undefined, warn: () => undefined, error: (message) => void hostErrors.push(message) },
    });
    session = await launchSession(host);
  });
  afterEach(async () => {
    await host.close();
    await core.close();
  });
  const call = (channel: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${host.origin}/api/call/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const auth = () => ({ authorization: `Bearer ${session}` });

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
    const answer = await rawGet(`${host.origin}/`, { host: 'attacker.example', authorization: `Bearer ${session}` });
    expect(answer.status).toBe(403);
  });

  it('takes the launch token once, for a fresh session secret that no cookie carries', async () => {
    const token = new URL(host.launchUrl).searchParams.get('token')!;
    expect(session).not.toBe(token);
    // Spent: a second use (from history, a cache, another user who saw the terminal) gets nothing.
    const again = await fetch(host.launchUrl);
    expect(again.status).toBe(403);
    expect(await again.text()).toContain('already used');
    // The token is no credential at all, and no cookie is set (cookies reach every port of 127.0.0.1).
    expect((await call('getSettings', '{}', { authorization: `Bearer ${token}` })).status).toBe(403);
    expect((await call('getSettings', '{}', auth())).status).toBe(200);
  });

  it('hands the session over in a no-store page, never in a URL or a cookie', async () => {
    const fresh = await startBrowserHost({ core, rendererDir: tempDir(), bridgeScriptFile: path.join(tempDir(), 'bridge.js') });
    try {
      const launch = await fetch(fresh.launchUrl, { redirect: 'manual' });
      expect(launch.status).toBe(200);
      expect(launch.headers.get('set-cookie')).toBeNull();
      expect(launch.headers.get('cache-control')).toBe('no-store');
      expect(launch.headers.get('referrer-policy')).toBe('no-referrer');
      expect(await launch.text()).toMatch(/<meta name="passcode-desk-session" content="[A-Za-z0-9_-]{43}">/);
    } finally {
      await fresh.close();
    }
  });

  it('answers a request line it cannot read with a plain 400 that reveals nothing', async () => {
    const answer = await rawGet(`${host.origin}/`, { host: new URL(host.origin).host }, '//[');
    expect(answer.status).toBe(400);
    expect(answer.body).toBe('Bad request.');
    expect(answer.body).not.toMatch(/Invalid URL|TypeError|at /);
    expect((await call('getSettings', '{}', auth())).status).toBe(200);
  });

  it('refuses a deeply nested body before parsing it', async () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const answer = await call('getSettings', deep, auth());
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'invalid_request', message: 'The request is nested too deeply' } });
    // Brackets inside strings are text, not nesting.
    const inString = JSON.stringify({ settings: { ...defaultSettings, tenant: '['.repeat(100) } });
    expect(await (await call('saveSettings', inString, auth())).json()).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect((await call('getSettings', '{}', auth())).status).toBe(200);
  });

  it('survives a WebSocket frame over the limit and one with invalid UTF-8: other sockets keep their events', async () => {
    const wsUrl = `${host.origin.replace('http', 'ws')}/events`;
    const open = async () => {
      const socket = new WebSocket(wsUrl, { headers: auth() });
      await new Promise((resolve) => socket.on('open', resolve));
      return socket;
    };
    const listener = await open();
    for (const hostile of [Buffer.alloc(64 * 1024, 0x61), Buffer.from([0xc3, 0x28, 0xff])]) {
      const socket = await open();
      const closed = new Promise((resolve) => socket.on('close', resolve));
      socket.on('error', () => undefined); // ours may see the host end the socket
      socket.send(hostile, { binary: false });
      await closed;
    }
    const message = new Promise<string>((resolve) => listener.on('message', (data) => resolve(String(data))));
    const settings = { ...defaultSettings, language: 'it' as const };
    expect((await call('saveSettings', JSON.stringify({ settings }), auth())).status).toBe(200);
    expect(JSON.parse(await message)).toMatchObject({ event: 'settingsChanged' });
    listener.close();
    expect(hostErrors).toEqual([]);
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
    const escape = await rawGet(`${host.origin}/../secret.txt`, { authorization: `Bearer ${session}` });
    expect(escape.body).not.toContain('outside the renderer');
    const encoded = await rawGet(`${host.origin}/%2e%2e/secret.txt`, { authorization: `Bearer ${session}` });
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
