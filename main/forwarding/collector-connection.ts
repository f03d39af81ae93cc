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

/** One connection to the collector, carrying one batch after another until it is confirmed. */
export interface CollectorSession {
  /** Hands a batch to the connection; resolves once the OS has taken every byte (sent, not yet confirmed). */
  send(payload: Buffer): Promise<void>;
  /** Closes our side and waits for the collector to close its own: then every batch sent on it was read. */
  confirm(): Promise<void>;
  /** Drops the connection: whatever it carried unconfirmed must be sent again. */
  destroy(): void;
}

/**
 * Plain syslog has no acknowledgement, so what a connection carried counts as
 * delivered only when the collector has read it all: we close our side and
 * wait for the collector to close its side, which a syslog server does after
 * reading to the end. A collector that dies with our bytes unread resets the
 * connection instead, and everything the connection carried is sent again.
 * One connection carries many batches (a connection per batch cost a
 * handshake and a close per 1,000 lines: a quarter of the raw throughput),
 * so the caller decides when to confirm: when it has caught up, or when a
 * connection has carried enough that resending it all would be costly.
 */
export function openCollectorSession(target: CollectorTarget, clock: Clock, limits: DeliveryLimits, signal?: AbortSignal): Promise<CollectorSession> {
  const where = target.address;
  const stopped = () => new ForwardingFault({ code: 'stopped', params: {} });
  if (signal?.aborted) return Promise.reject(stopped());
  let failure: Error | null = null;
  let flushed = false; // every byte handed to the OS, our close included
  let peerClosed = false;
  let confirmed = false;
  let waiter: { resolve: () => void; reject: (error: Error) => void } | null = null; // the step under way
  let timer = new AbortController();
  const socket = target.tls ? tls.connect(target.tls) : net.connect({ host: target.host, port: target.port });

  /** Starts a step that must end within `ms` (connecting, a batch taken by the OS, the collector's close). */
  const step = (ms: number, problem: ForwardingProblem): Promise<void> => {
    if (failure) return Promise.reject(failure);
    const ended = new Promise<void>((resolve, reject) => (waiter = { resolve, reject }));
    timer.abort();
    timer = new AbortController();
    clock.sleep(ms, timer.signal).then(() => fail(new ForwardingFault(problem)), () => undefined);
    return ended;
  };
  const stepDone = () => {
    timer.abort();
    const current = waiter;
    waiter = null;
    current?.resolve();
  };
  const release = () => {
    timer.abort();
    socket.destroy();
    signal?.removeEventListener('abort', onStop);
  };
  const fail = (error: Error) => {
    if (failure || confirmed) return;
    failure = error;
    release();
    const current = waiter;
    waiter = null;
    current?.reject(error);
  };
  const onStop = () => fail(stopped());
  signal?.addEventListener('abort', onStop, { once: true });
  const takeWithin: ForwardingProblem = { code: 'drainTimeout', params: { collector: where, seconds: String(limits.drainMs / 1000) } };

  socket.once(target.tls ? 'secureConnect' : 'connect', stepDone);
  socket.on('end', () => {
    // A close before all was handed over means the collector went away, not that it read everything.
    if (!flushed) fail(new ForwardingFault({ code: 'closedBeforeTaking', params: { collector: where } }));
    else peerClosed = true;
  });
  socket.on('error', (error) => fail(new ForwardingFault(describeSocketError(error as NodeJS.ErrnoException, where))));
  socket.on('close', () => {
    if (flushed && peerClosed && !failure) {
      confirmed = true;
      release();
      stepDone();
    } else fail(new ForwardingFault({ code: 'closedUnconfirmed', params: { collector: where } }));
  });

  const session: CollectorSession = {
    send(payload) {
      const taken = step(limits.drainMs, takeWithin);
      if (!failure) socket.write(payload, (error) => (error ? undefined : stepDone())); // an error also comes as 'error'
      return taken;
    },
    confirm() {
      const closed = step(limits.drainMs, takeWithin);
      if (!failure) socket.end(() => (flushed = true));
      return closed;
    },
    destroy: () => fail(stopped()),
  };
  return step(limits.connectMs, { code: 'connectTimeout', params: { collector: where, seconds: String(limits.connectMs / 1000) } }).then(() => session);
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
