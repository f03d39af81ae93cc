import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { describeAuthFailure } from '../../../../main/auth/auth-errors';
import { signInNetwork } from '../../../../main/auth/sign-in-network';

describe("sign-in's HTTP client when the network is not there", () => {
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
    expect(describeAuthFailure(failure).say).toEqual({ code: 'signInNoAnswer', params: { detail: `127.0.0.1:${port}: ECONNREFUSED` } });
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
