import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { AuthError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { describeAuthFailure } from '../../../../main/auth/auth-errors';
import { fetchSignInClient, signInNetwork } from '../../../../main/auth/sign-in-network';
import { sharedText } from '../../../../shared/i18n/catalogue';
import { word } from '../../../../shared/messages/coded-message';
import { makeTestCertificates } from '../../../support/test-certificates';
import { startRefusingProxy } from '../../../support/refusing-proxy';

describe("sign-in's HTTP client when the network is not there", () => {
  it('words a proxy that wants a sign-in (407) in the window\'s language, where fetch says only "fetch failed"', async () => {
    const proxy = await startRefusingProxy(407);
    try {
      const failure = await fetchSignInClient(undefined, proxy.fetch).sendGetRequestAsync('https://login.microsoftonline.com/common/discovery/instance').then(() => null, (error: unknown) => error);
      const say = describeAuthFailure(failure).say;
      expect(say).toEqual({ code: 'signInNoAnswer', params: { detail: 'PROXY_407\tlogin.microsoftonline.com' } });
      expect(word(sharedText.en.appMessages, say)).toContain('(the proxy asks for a sign-in Passcode Desk cannot give it (HTTP 407), code PROXY_407, server login.microsoftonline.com)');
      expect(word(sharedText.it.appMessages, say)).toContain('(il proxy chiede un’autenticazione che Passcode Desk non può fornirgli (HTTP 407), codice PROXY_407, server login.microsoftonline.com)');
    } finally {
      await proxy.close();
    }
    // Another refusal status is still said to be the proxy's.
    const forbidding = await startRefusingProxy(403);
    try {
      const failure = await fetchSignInClient(undefined, forbidding.fetch).sendGetRequestAsync('https://login.microsoftonline.com/x').then(() => null, (error: unknown) => error);
      expect(word(sharedText.it.appMessages, describeAuthFailure(failure).say)).toContain('(il proxy ha rifiutato la connessione, codice PROXY_403, server login.microsoftonline.com)');
    } finally {
      await forbidding.close();
    }
  });

  it('names the host and the cause, which the on-screen sentence ("check the network") cannot', async () => {
    // A loopback port nobody listens on refuses at once: no way to the sign-in service, without waiting.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const failure = await signInNetwork().client.sendGetRequestAsync(`http://127.0.0.1:${port}/common/discovery/instance`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AuthError);
    expect((failure as AuthError).errorCode).toBe('network_error');
    const say = describeAuthFailure(failure).say;
    expect(say).toEqual({ code: 'signInNoAnswer', params: { detail: `ECONNREFUSED\t127.0.0.1:${port}` } });
    // The window words the code in its language and keeps it, with the host, for support.
    expect(word(sharedText.it.appMessages, say)).toContain(`(la connessione è stata rifiutata, codice ECONNREFUSED, server 127.0.0.1:${port})`);
    expect(word(sharedText.en.appMessages, say)).toContain(`(the connection was refused, code ECONNREFUSED, server 127.0.0.1:${port})`);
  });

  it('words a name the resolver cannot find, an untrusted certificate and a timeout the same way', async () => {
    const dnsFailure = fetchSignInClient((url) => url.replace('login.microsoftonline.com', 'name-that-does-not-exist.invalid'));
    // `.invalid` never resolves (RFC 6761): ENOTFOUND, or EAI_AGAIN where no resolver answers at all.
    const notFound = await dnsFailure.sendGetRequestAsync('https://login.microsoftonline.com/common/discovery/instance').then(() => null, (error: unknown) => error);
    const notFoundSay = describeAuthFailure(notFound).say;
    expect(notFoundSay.params).toEqual({ detail: expect.stringMatching(/^(ENOTFOUND|EAI_AGAIN)\tlogin\.microsoftonline\.com$/) });
    expect(word(sharedText.it.appMessages, notFoundSay)).toMatch(/\(il nome del server (non è stato trovato|non può essere risolto in questo momento \(DNS\)), codice (ENOTFOUND|EAI_AGAIN), server login\.microsoftonline\.com\)/);

    // A server whose certificate no trusted CA signed, as behind a proxy that inspects TLS.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pd-signin-cert-'));
    const certificates = makeTestCertificates(dir);
    const untrusted = createHttpsServer({ cert: readFileSync(certificates.serverCert), key: readFileSync(certificates.serverKey) }, (_req, res) => res.end('{}'));
    await new Promise<void>((resolve) => untrusted.listen(0, '127.0.0.1', resolve));
    try {
      const port = (untrusted.address() as AddressInfo).port;
      const refused = await signInNetwork().client.sendGetRequestAsync(`https://127.0.0.1:${port}/common/discovery/instance`).then(() => null, (error: unknown) => error);
      const say = describeAuthFailure(refused).say;
      expect(say).toEqual({ code: 'signInNoAnswer', params: { detail: `UNABLE_TO_VERIFY_LEAF_SIGNATURE\t127.0.0.1:${port}` } });
      expect(word(sharedText.it.appMessages, say)).toContain('(non è stato possibile verificare il certificato del server, codice UNABLE_TO_VERIFY_LEAF_SIGNATURE, server 127.0.0.1:');
    } finally {
      await new Promise<void>((resolve) => untrusted.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    }

    // Our own time limit (AbortSignal.timeout) carries no code of its own: it is worded as a timeout.
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    try {
      const port = (hanging.address() as AddressInfo).port;
      const late = await signInNetwork().client.sendGetRequestAsync(`http://127.0.0.1:${port}/x`, undefined, 1).then(() => null, (error: unknown) => error);
      expect(describeAuthFailure(late).say).toEqual({ code: 'signInNoAnswer', params: { detail: `ETIMEDOUT\t127.0.0.1:${port}` } });
    } finally {
      hanging.closeAllConnections();
      await new Promise<void>((resolve) => hanging.close(() => resolve()));
    }
  });
});

describe("sign-in's HTTP client when the sign-in service answers with a redirect", () => {
  it('does not follow it: the token request (code, PKCE verifier, refresh token) never reaches the other address', async () => {
    const elsewhere: string[] = [];
    const other = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        elsewhere.push(`${req.method} ${req.url} ${body}`);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"x"}');
      });
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherPort = (other.address() as AddressInfo).port;
    // 307 and 308 keep the method and the body: a fetch that follows them posts the form again, wherever they point.
    const tokenEndpoint = createServer((req, res) => {
      req.resume();
      res.writeHead(307, { location: `http://127.0.0.1:${otherPort}/stolen` }).end();
    });
    await new Promise<void>((resolve) => tokenEndpoint.listen(0, '127.0.0.1', resolve));
    const port = (tokenEndpoint.address() as AddressInfo).port;
    try {
      const form = 'grant_type=refresh_token&refresh_token=the-refresh-token&code_verifier=the-verifier';
      const failure = await signInNetwork()
        .client.sendPostRequestAsync(`http://127.0.0.1:${port}/tenant/oauth2/v2.0/token`, { body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } })
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(elsewhere).toEqual([]);
      expect(failure).toBeInstanceOf(AuthError);
      expect((failure as AuthError).errorMessage).toMatch(/answered 307 \(a redirect, not followed\)/);
    } finally {
      await Promise.all([other, tokenEndpoint].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    }
  });
});
