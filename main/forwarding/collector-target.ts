import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import tls from 'node:tls';
import { parseAddress, type CollectorConfig } from '../../shared/forwarding/collector-address';

export type { CollectorConfig };

/** A collector address resolved into what the socket needs. */
export interface CollectorTarget {
  address: string;
  host: string;
  port: number;
  tls: tls.ConnectionOptions | null; // null: plain TCP to loopback
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

function systemRoots(): string[] {
  // Node 22.15+ can read the OS store; older runtimes have Mozilla's bundle only.
  const withSystem = (tls as { getCACertificates?: (kind: string) => string[] }).getCACertificates;
  if (typeof withSystem !== 'function') return [...tls.rootCertificates];
  return [...new Set([...withSystem('bundled'), ...withSystem('system')])];
}

function readPem(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(`The ${what} file ${path} could not be read (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}).`);
  }
}

/** Throws an Error whose message says, in words, what is wrong with the configuration. */
export function resolveTarget(config: CollectorConfig): CollectorTarget {
  const parsed = parseAddress(config.address);
  if (!parsed) throw new Error(`The collector address "${config.address}" is not host:port (for example siem.contoso.com:6514).`);
  const { host, port } = parsed;
  if (config.transport === 'tcp') {
    if (!isLoopback(host)) throw new Error(`Forwarding without TLS is allowed only to this machine (127.0.0.1, ::1), not to ${host}.`);
    return { address: config.address, host, port, tls: null };
  }
  const options: tls.ConnectionOptions = { host, port, minVersion: 'TLSv1.2', rejectUnauthorized: true };
  if (isIP(host) === 0) options.servername = host;
  if (config.caFile) options.ca = [...systemRoots(), readPem(config.caFile, 'collector CA')];
  if (config.clientCertFile || config.clientKeyFile) {
    if (!config.clientCertFile || !config.clientKeyFile) throw new Error('A client certificate needs both its certificate and its key file.');
    options.cert = readPem(config.clientCertFile, 'client certificate');
    options.key = readPem(config.clientKeyFile, 'client key');
  }
  return { address: config.address, host, port, tls: options };
}
