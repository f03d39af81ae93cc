import type { Wording } from '../../messages/coded-message';
import type { tenantActionsNoticeParams } from '../../audits/tenant-actions-notice';

/** Why other people's actions are not shown, or not fresh. */
export const tenantActionsNotices: Wording<typeof tenantActionsNoticeParams> = {
  auditsRefused: () =>
    "Intune did not let this account read the tenant's device actions (remoteActionAudits). Actions by others are not shown; everything else works. An admin can grant DeviceManagementManagedDevices.Read.All with an Intune role that reads audit data.",
  refreshNoAnswer: () => 'Tenant actions could not be refreshed: Microsoft Graph did not answer. The list shows the last rows read.',
  refreshStatus: ({ status }) => `Tenant actions could not be refreshed: Microsoft Graph answered HTTP ${status}. The list shows the last rows read.`,
  refreshFailed: () => "Tenant actions could not be refreshed; the cause is in the app's diagnostic log. The list shows the last rows read.",
};
