/**
 * Where entries go and how the connection is secured, as the organisation's
 * policy describes it. Plain TCP exists for tests and for a collector on the
 * same machine only: entries carry no secret, but over a network they would
 * be open to anyone on the path to change or drop.
 */
export interface CollectorConfig {
  address: string; // host:port, [v6]:port
  caFile?: string; // PEM, trusted in addition to the system's roots
  clientCertFile?: string; // PEM, when the collector asks for a client certificate
  clientKeyFile?: string;
  /** `tcp` must be asked for by name, and is refused unless the collector is on this machine. */
  transport?: 'tls' | 'tcp';
}

export function parseAddress(address: string): { host: string; port: number } | null {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^\s:[\]]+)):(\d{1,5})$/.exec(address.trim());
  if (!match) return null;
  const port = Number(match[3]);
  if (port < 1 || port > 65535) return null;
  return { host: match[1] ?? match[2]!, port };
}
