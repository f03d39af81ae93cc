import type { Wording } from '../../messages/coded-message';
import type { forwardingProblemParams } from '../../forwarding/forwarding-problem';
import { osFaultWords } from '../os-fault';

/** Why forwarding failed, in words a technician can pass on to whoever runs the collector. */
export const forwardingProblems: Wording<typeof forwardingProblemParams> = {
  stopped: () => 'Forwarding was stopped.',
  connectTimeout: ({ collector, seconds }) => `The collector at ${collector} did not complete the connection within ${seconds} s.`,
  drainTimeout: ({ collector, seconds }) => `The collector at ${collector} accepted the connection but did not take the entries within ${seconds} s.`,
  closedBeforeTaking: ({ collector }) => `The collector at ${collector} closed the connection before taking the entries.`,
  closedUnconfirmed: ({ collector }) => `The connection to the collector at ${collector} closed before the entries were confirmed.`,
  refused: ({ collector }) => `The collector at ${collector} refused the connection: nothing is listening there.`,
  nameNotFound: ({ host }) => `The collector's name ${host} could not be found (DNS).`,
  unreachable: ({ collector }) => `The collector at ${collector} cannot be reached from this network.`,
  dropped: ({ collector }) => `The collector at ${collector} dropped the connection before confirming the entries.`,
  certificateExpired: ({ host }) => `The collector's certificate has expired: ask whoever runs ${host} to renew it.`,
  certificateNotYetValid: () => "The collector's certificate is not valid yet: check this computer's clock.",
  certificateWrongHost: ({ host }) => `The collector's certificate is not issued for ${host}.`,
  certificateUntrusted: () => "The collector's certificate is not signed by an authority this computer trusts (check the CA file your organisation set).",
  certificateRevoked: () => "The collector's certificate has been revoked.",
  secureConnectionFailed: ({ collector, detail }) => `The secure connection to the collector at ${collector} failed: ${detail}.`,
  sendFailed: ({ collector, detail }) => `Sending to the collector at ${collector} failed: ${detail}.`,
  caFileUnreadable: ({ file, cause }) => `The collector CA file ${file} could not be read (${osFaultWords('en', cause)}).`,
  certFileUnreadable: ({ file, cause }) => `The client certificate file ${file} could not be read (${osFaultWords('en', cause)}).`,
  keyFileUnreadable: ({ file, cause }) => `The client key file ${file} could not be read (${osFaultWords('en', cause)}).`,
  badAddress: ({ address }) => `The collector address "${address}" is not host:port (for example siem.contoso.com:6514).`,
  plainTcpNotLoopback: ({ host }) => `Forwarding without TLS is allowed only to this machine (127.0.0.1, ::1), not to ${host}.`,
  plainTcpLocalhost: () =>
    'Forwarding without TLS must name this machine by its address: write 127.0.0.1 or ::1 instead of localhost (the name localhost is looked up, and a hosts file or DNS could send it elsewhere).',
  certificateWithoutKey: () => 'A client certificate needs both its certificate and its key file.',
  halted: ({ detail }) => `Forwarding stopped: ${detail}`,
};
