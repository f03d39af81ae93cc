import { z } from 'zod';
import { tenantActionsNoticeSchema } from './tenant-actions-notice';

/** Intune's own record of a passcode action (Graph's remoteActionAudits), which no technician can edit. */
export const intuneAuditSchema = z.object({
  id: z.string(),
  deviceId: z.string().nullable(),
  deviceName: z.string().nullable(),
  initiatedBy: z.string().nullable(),
  requestedAt: z.string(),
  state: z.string(),
});
export type IntuneAudit = z.infer<typeof intuneAuditSchema>;

/**
 * A passcode action anyone in the tenant took, merged with our own log: our
 * action and its audit record are one row.
 */
export const tenantActionSchema = intuneAuditSchema.extend({
  /** Set when the row is one of ours, so the UI can link it to our log entry. */
  actionId: z.string().nullable(),
  /** One of ours that Graph refused or that was never sent (shared/actions/action-summary.ts neverReachedDevice): nothing of it is on the device. */
  neverReachedDevice: z.literal(true).optional(),
});

/** How long after its request an action makes the next one on the device ask for a second confirmation. */
export const recentWindowMs = 15 * 60_000;
export type TenantAction = z.infer<typeof tenantActionSchema>;

export const tenantActionsSchema = z.object({
  /** False when the tenant refused the audit endpoint (permission, beta unavailable). */
  available: z.boolean(),
  /** Why the rows are missing or stale, as a code the window words (tenant-actions-notice.ts). */
  notice: tenantActionsNoticeSchema.nullable(),
  rows: z.array(tenantActionSchema),
  refreshedAt: z.string().nullable(),
});
export type TenantActions = z.infer<typeof tenantActionsSchema>;

export const deviceRecentActionsSchema = tenantActionsSchema.extend({
  /** An action on this device was requested in the last 15 minutes or is under way: ask twice before another. */
  warn: z.boolean(),
  /**
   * Someone's action that Intune still shows unfinished long after its
   * request (from the audits or the device's deviceActionResults): its outcome
   * is unknown, and a new action needs the unknown-outcome confirmation.
   */
  unknownOutcome: tenantActionSchema.nullable(),
});
export type DeviceRecentActions = z.infer<typeof deviceRecentActionsSchema>;
