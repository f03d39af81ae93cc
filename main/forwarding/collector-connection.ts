import net from 'node:net';
import tls from 'node:tls';
import type { Clock } from '../base/clock';
import type { CollectorTarget } from './collector-target';

export interface DeliveryLimits {
  connectMs: number; // connect and TLS handshake
  drainMs: number; // from the first byte sent to the collector's close
}

/**
 * Plain syslog has no acknowledgement, so a batch counts as delivered only
 * when the collector has read it all: we send the batch, close our side, and
 * wait for the collector to close its side, which a syslog server does after
 * reading to the end. A collector that dies with our bytes unread resets the
 * connection instead, and the whole batch is sent again.
 */
export function deliverBatch(target: CollectorTarget, payload: Buffer, clock: Clock, limits: DeliveryLimits, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('Forwarding was stopped.'));
    const where = target.address;
    let settled = false;
    let flushed = false; // every byte handed to the OS, our close included
    let peerClosed = false;
    let timer = new AbortController();
    const socket = target.tls ? tls.connect(target.tls) : net.connect({ host: target.host, port: target.port });

    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      timer.abort();
      socket.destroy();
      signal?.removeEventListener('abort', onStop);
      if (error) reject(error);
      else resolve();
    };
    const onStop = () => finish(new Error('Forwarding was stopped.'));
    signal?.addEventListener('abort', onStop, { once: true });
    const within = (ms: number, message: string) => {
      timer.abort();
      timer = new AbortController();
      clock.sleep(ms, timer.signal).then(() => finish(new Error(message)), () => undefined);
    };

    within(limits.connectMs, `The collector at ${where} did not complete the connection within ${limits.connectMs / 1000} s.`);
    socket.once(target.tls ? 'secureConnect' : 'connect', () => {
      within(limits.drainMs, `The collector at ${where} accepted the connection but did not take the entries within ${limits.drainMs / 1000} s.`);
      socket.end(payload, () => (flushed = true));
    });
    socket.on('end', () => {
      // A close before all was handed over means the collector went away, not that it read everything.
      if (!flushed) finish(new Error(`The collector at ${where} closed the connection before taking the entries.`));
      else peerClosed = true;
    });
    socket.on('error', (error) => finish(new Error(describeSocketError(error as NodeJS.ErrnoException, where))));
    socket.on('close', () => {
      if (flushed && peerClosed) finish();
      else finish(new Error(`The connection to the collector at ${where} closed before the entries were confirmed.`));
    });
  });
}

/** The socket's error in words a technician can pass on to whoever runs the collector. */
export function describeSocketError(error: NodeJS.ErrnoException, where: string): string {
  const host = where.replace(/:\d+$/, '');
  switch (error.code) {
    case 'ECONNREFUSED':
      return `The collector at ${where} refused the connection: nothing is listening there.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The collector's name ${host} could not be found (DNS).`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `The collector at ${where} cannot be reached from this network.`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `The collector at ${where} dropped the connection before confirming the entries.`;
    case 'CERT_HAS_EXPIRED':
      return `The collector's certificate has expired: ask whoever runs ${host} to renew it.`;
    case 'CERT_NOT_YET_VALID':
      return `The collector's certificate is not valid yet: check this computer's clock.`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `The collector's certificate is not issued for ${host}.`;
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'CERT_SIGNATURE_FAILURE':
      return `The collector's certificate is not signed by an authority this computer trusts (check the CA file your organisation set).`;
    case 'CERT_REVOKED':
      return `The collector's certificate has been revoked.`;
    default:
      if (/alert|handshake|certificate/i.test(error.message)) return `The secure connection to the collector at ${where} failed: ${error.message}.`;
      return `Sending to the collector at ${where} failed: ${error.message}.`;
  }
}
