import { codedMessageSchema, type CodedMessage } from '../messages/coded-message';

/**
 * Why the tenant's actions (Graph's remoteActionAudits) are missing or stale,
 * as a code the window words in its language (shared/i18n). The cause itself
 * goes to main's diagnostic log, in English.
 */
export const tenantActionsNoticeParams = {
  auditsRefused: [],
  refreshNoAnswer: [],
  refreshStatus: ['status'],
  refreshFailed: [],
} as const;

export type TenantActionsNotice = CodedMessage<typeof tenantActionsNoticeParams>;
export const tenantActionsNoticeSchema = codedMessageSchema(tenantActionsNoticeParams);
