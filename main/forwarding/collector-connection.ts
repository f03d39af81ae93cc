import net from 'node:net';
import tls from 'node:tls';
import type { Clock } from '../base/clock';
import type { ForwardingProblem } from '../../shared/forwarding/forwarding-problem';
import type { CollectorTarget } from './collector-target';
import { ForwardingFault } from './forwarding-fault';

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
    if (signal?.aborted) return reject(new ForwardingFault({ code: 'stopped', params: {} }));
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
    const onStop = () => finish(new ForwardingFault({ code: 'stopped', params: {} }));
    signal?.addEventListener('abort', onStop, { once: true });
    const within = (ms: number, problem: ForwardingProblem) => {
      timer.abort();
      timer = new AbortController();
      clock.sleep(ms, timer.signal).then(() => finish(new ForwardingFault(problem)), () => undefined);
    };

    within(limits.connectMs, { code: 'connectTimeout', params: { collector: where, seconds: String(limits.connectMs / 1000) } });
    socket.once(target.tls ? 'secureConnect' : 'connect', () => {
      within(limits.drainMs, { code: 'drainTimeout', params: { collector: where, seconds: String(limits.drainMs / 1000) } });
      socket.end(payload, () => (flushed = true));
    });
    socket.on('end', () => {
      // A close before all was handed over means the collector went away, not that it read everything.
      if (!flushed) finish(new ForwardingFault({ code: 'closedBeforeTaking', params: { collector: where } }));
      else peerClosed = true;
    });
    socket.on('error', (error) => finish(new ForwardingFault(describeSocketError(error as NodeJS.ErrnoException, where))));
    socket.on('close', () => {
      if (flushed && peerClosed) finish();
      else finish(new ForwardingFault({ code: 'closedUnconfirmed', params: { collector: where } }));
    });
  });
}

/** The socket's error as a problem a technician can pass on to whoever runs the collector (worded in shared/i18n). */
export function describeSocketError(error: NodeJS.ErrnoException, where: string): ForwardingProblem {
  const host = where.replace(/:\d+$/, '');
  const collector = where;
  switch (error.code) {
    case 'ECONNREFUSED':
      return { code: 'refused', params: { collector } };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { code: 'nameNotFound', params: { host } };
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { code: 'unreachable', params: { collector } };
    case 'ECONNRESET':
    case 'EPIPE':
      return { code: 'dropped', params: { collector } };
    case 'CERT_HAS_EXPIRED':
      return { code: 'certificateExpired', params: { host } };
    case 'CERT_NOT_YET_VALID':
      return { code: 'certificateNotYetValid', params: {} };
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return { code: 'certificateWrongHost', params: { host } };
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'CERT_SIGNATURE_FAILURE':
      return { code: 'certificateUntrusted', params: {} };
    case 'CERT_REVOKED':
      return { code: 'certificateRevoked', params: {} };
    default:
      // The system's own words (OpenSSL's, Node's) go along as the detail: they have no translation.
      if (/alert|handshake|certificate/i.test(error.message)) return { code: 'secureConnectionFailed', params: { collector, detail: error.message } };
      return { code: 'sendFailed', params: { collector, detail: error.message } };
  }
}
