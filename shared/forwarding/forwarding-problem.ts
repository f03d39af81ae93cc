import { codedMessageSchema, type CodedMessage } from '../messages/coded-message';

/**
 * Why forwarding to the collector failed, as a code and the values its
 * sentence names (collector is host:port, host the name alone). Main raises
 * them (main/forwarding); the window words them in its language (shared/i18n).
 */
export const forwardingProblemParams = {
  stopped: [],
  connectTimeout: ['collector', 'seconds'],
  drainTimeout: ['collector', 'seconds'],
  closedBeforeTaking: ['collector'],
  closedUnconfirmed: ['collector'],
  refused: ['collector'],
  nameNotFound: ['host'],
  unreachable: ['collector'],
  dropped: ['collector'],
  certificateExpired: ['host'],
  certificateNotYetValid: [],
  certificateWrongHost: ['host'],
  certificateUntrusted: [],
  certificateRevoked: [],
  secureConnectionFailed: ['collector', 'detail'],
  sendFailed: ['collector', 'detail'],
  caFileUnreadable: ['file', 'cause'],
  certFileUnreadable: ['file', 'cause'],
  keyFileUnreadable: ['file', 'cause'],
  badAddress: ['address'],
  plainTcpNotLoopback: ['host'],
  // Plain TCP to the name `localhost`: refused, as a hosts file or DNS may point it elsewhere.
  plainTcpLocalhost: [],
  certificateWithoutKey: [],
  halted: ['detail'],
} as const;

export type ForwardingProblem = CodedMessage<typeof forwardingProblemParams>;
export const forwardingProblemSchema = codedMessageSchema(forwardingProblemParams);
