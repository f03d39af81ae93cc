import type { Wording } from '../../messages/coded-message';
import type { policyProblemParams } from '../../settings/policy-problem';
import { osFaultWords } from '../os-fault';

/** Each policy problem in English, for the admin who fixes the file (and main's own log). */
export const policyProblems: Wording<typeof policyProblemParams> = {
  unknownSetting: ({ name }) => `"${name}" is not a Passcode Desk policy setting and was ignored`,
  notText: ({ key }) => `${key} must be text and was ignored`,
  notBoolean: ({ key }) => `${key} must be true or false (1 or 0) and was ignored`,
  badTenant: ({ value }) => `Tenant "${value}" is not a tenant ID or domain and was ignored`,
  badClientId: ({ value }) => `ClientId "${value}" is not an application (client) ID and was ignored`,
  needsBoth: ({ key }) => `${key} is needed with the other one; the tenant was not set`,
  badTicketPattern: () => 'TicketPattern is not a valid regular expression (at most 200 characters); ticket references are required but not checked against it',
  badCollectorAddress: ({ value }) => `CollectorAddress "${value}" is not host:port; nothing is forwarded`,
  badTransport: () => 'CollectorTransport must be tls or tcp; nothing is forwarded',
  lockedNotList: () => 'Locked must be a list of setting names',
  lockedUnknown: ({ name, lockable }) => `Locked names "${name}", which is not a setting that can be locked (${lockable})`,
  fileUnreadable: ({ cause }) => `the file could not be read (${osFaultWords('en', cause)})`,
  notJson: () => 'the file is not valid JSON',
  notObject: () => 'the file must hold one JSON object',
  registryUnreadable: () => 'the registry key could not be read',
  preferencesUnreadable: () => 'the managed preferences could not be read',
  preferencesNotDictionary: () => 'the managed preferences are not a dictionary of settings',
};
