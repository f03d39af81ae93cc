import { codedMessageSchema, type CodedMessage } from '../messages/coded-message';

/**
 * What can be wrong with the organisation's policy, each with the values the
 * sentence names. Main finds them (main/policy); the window words them in its
 * language, and main's own log in English (shared/i18n).
 */
export const policyProblemParams = {
  unknownSetting: ['name'],
  notText: ['key'],
  notBoolean: ['key'],
  badTenant: ['value'],
  badClientId: ['value'],
  needsBoth: ['key'],
  badTicketPattern: [],
  badCollectorAddress: ['value'],
  badTransport: [],
  lockedNotList: [],
  lockedUnknown: ['name', 'lockable'],
  fileUnreadable: ['cause'],
  notJson: [],
  notObject: [],
  registryUnreadable: [],
  preferencesUnreadable: [],
  preferencesNotDictionary: [],
} as const;

export type PolicyProblem = CodedMessage<typeof policyProblemParams>;
export const policyProblemSchema = codedMessageSchema(policyProblemParams);
