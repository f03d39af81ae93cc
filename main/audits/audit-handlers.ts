import { channelGroup } from '../base/ipc/handlers';
import type { TenantActionsService } from './tenant-actions-service';

/** Tenant-wide actions: Graph's remoteActionAudits merged with our own log. */
export const auditHandlers = channelGroup<TenantActionsService>()({
  getTenantActions: (audits) => ({ refresh }) => audits.list(refresh),
  getDeviceRecentActions: (audits) => ({ deviceId }) => audits.recentFor(deviceId),
});
