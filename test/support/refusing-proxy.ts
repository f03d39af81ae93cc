import net, { type AddressInfo } from 'node:net';
import { fetch as undiciFetch, ProxyAgent } from 'undici';

/**
 * A proxy that answers every CONNECT with 407 (it wants a sign-in), on loopback, and a fetch that goes
 * through it the way a runtime with a proxy does (undici's ProxyAgent: what Node's own fetch uses when
 * it is told of a proxy). Node 20's global fetch takes no proxy, so tests hand this fetch in instead.
 * undici is a devDependency for this helper alone; the app itself never imports it.
 */
export async function startRefusingProxy(status = 407): Promise<{ fetch: typeof fetch; connects: string[]; close(): Promise<void> }> {
  const connects: string[] = [];
  const server = net.createServer((socket) => {
    socket.once('data', (head) => {
      connects.push(head.toString('latin1').split('\r\n')[0] ?? '');
      socket.end(`HTTP/1.1 ${status} Proxy Authentication Required\r\nProxy-Authenticate: Negotiate\r\nContent-Length: 0\r\n\r\n`);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const agent = new ProxyAgent(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const viaProxy = ((input: string | URL | Request, init?: RequestInit) =>
    undiciFetch(input as string, { ...(init as object), dispatcher: agent })) as unknown as typeof fetch;
  return {
    fetch: viaProxy,
    connects,
    close: async () => {
      await agent.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
