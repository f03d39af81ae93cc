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
