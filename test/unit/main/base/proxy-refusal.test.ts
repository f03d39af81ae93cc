import { describe, expect, it } from 'vitest';
import { proxyRefusalCode, proxyRefusalStatus } from '../../../../main/base/proxy-refusal';
import { startRefusingProxy } from '../../../support/refusing-proxy';

describe("a proxy's refusal, told apart from other network failures", () => {
  it('reads the status a real proxy refused the tunnel with, from fetch\'s cause chain', async () => {
    for (const status of [407, 403]) {
      const proxy = await startRefusingProxy(status);
      try {
        const failure = await proxy.fetch('https://login.microsoftonline.com/common/discovery/instance').then(() => null, (error: unknown) => error);
        // What fetch itself says is no help: "fetch failed", no code.
        expect((failure as Error).message).toBe('fetch failed');
        expect(proxyRefusalStatus(failure)).toBe(status);
        expect(proxyRefusalCode(status)).toBe(`PROXY_${status}`);
        expect(proxy.connects).toEqual(['CONNECT login.microsoftonline.com:443 HTTP/1.1']);
      } finally {
        await proxy.close();
      }
    }
  });

  it('finds none in failures without a proxy, and guesses nothing from other text', async () => {
    const refused = await fetch('http://127.0.0.1:1/').then(() => null, (error: unknown) => error);
    expect(proxyRefusalStatus(refused)).toBeNull();
    expect(proxyRefusalStatus(new TypeError('fetch failed', { cause: new Error('Proxy said no (407)') }))).toBeNull();
    expect(proxyRefusalStatus(null)).toBeNull();
  });
});
