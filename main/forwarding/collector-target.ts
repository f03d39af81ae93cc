import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import tls from 'node:tls';
import { parseAddress, type CollectorConfig } from '../../shared/forwarding/collector-address';
import { ForwardingFault } from './forwarding-fault';

export type { CollectorConfig };

/** A collector address resolved into what the socket needs. */
export interface CollectorTarget {
  address: string;
  host: string;
  port: number;
  tls: tls.ConnectionOptions | null; // null: plain TCP to loopback
}

/**
 * A loopback address written as one: 127.x.x.x or ::1. The name `localhost` is
 * not one: it is looked up (hosts file, DNS), and whoever can change either can
 * send plain-TCP log lines, which carry no TLS, to another machine.
 */
export function isLoopback(host: string): boolean {
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

function systemRoots(): string[] {
  // Node 22.15+ can read the OS store; older runtimes have Mozilla's bundle only.
  const withSystem = (tls as { getCACertificates?: (kind: string) => string[] }).getCACertificates;
  if (typeof withSystem !== 'function') return [...tls.rootCertificates];
  return [...new Set([...withSystem('bundled'), ...withSystem('system')])];
}

function readPem(file: string, code: 'caFileUnreadable' | 'certFileUnreadable' | 'keyFileUnreadable'): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ForwardingFault({ code, params: { file, cause: (cause as NodeJS.ErrnoException).code ?? (cause as Error).message } });
  }
}

/** Throws a ForwardingFault that says what is wrong with the configuration. */
export function resolveTarget(config: CollectorConfig): CollectorTarget {
  const parsed = parseAddress(config.address);
  if (!parsed) throw new ForwardingFault({ code: 'badAddress', params: { address: config.address } });
  const { host, port } = parsed;
  if (config.transport === 'tcp') {
    if (host.toLowerCase() === 'localhost') throw new ForwardingFault({ code: 'plainTcpLocalhost', params: {} });
    if (!isLoopback(host)) throw new ForwardingFault({ code: 'plainTcpNotLoopback', params: { host } });
    return { address: config.address, host, port, tls: null };
  }
  const options: tls.ConnectionOptions = { host, port, minVersion: 'TLSv1.2', rejectUnauthorized: true };
  if (isIP(host) === 0) options.servername = host;
  if (config.caFile) options.ca = [...systemRoots(), readPem(config.caFile, 'caFileUnreadable')];
  if (config.clientCertFile || config.clientKeyFile) {
    if (!config.clientCertFile || !config.clientKeyFile) throw new ForwardingFault({ code: 'certificateWithoutKey', params: {} });
    options.cert = readPem(config.clientCertFile, 'certFileUnreadable');
    options.key = readPem(config.clientKeyFile, 'keyFileUnreadable');
  }
  return { address: config.address, host, port, tls: options };
}
