import type { ActionStore } from './actions/action-store';
import type { ActionTiming } from './actions/new-action';
import type { FleetStore } from './fleet/fleet-store';
import type { PageTokens } from './graph/odata-query';
import type { Counters } from './traffic/counters';
import type { Faults } from './traffic/faults';
import type { Throttle } from './traffic/throttle';
import type { TokenStore } from './traffic/token-store';

/** The shapes real tenants use for "your Intune role does not allow this" (docs/intune-facts.md). */
export interface RbacRefusal {
  readonly status: 401 | 403;
  readonly nesting: 1 | 2;
}

/** A report export job (reports/export-jobs.ts): a snapshot made at creation, read until done. */
export interface ExportJob {
  readonly id: string;
  readonly reportName: string;
  readonly filter: string | null;
  readonly select: string[];
  readonly requestMs: number;
  readonly zip: Buffer;
  readonly signature: string;
  reads: number;
}

export interface ExportJobSettings {
  /** Reads of the job before it is `completed` (the first read after creation counts as 1). */
  readsUntilDone: number;
  /** The job ends `failed` instead, as Intune's sometimes do. */
  fail: boolean;
  /** How long the download link works after the job completes. */
  linkLifetimeMs: number;
}

/** A clock the caller controls; the tenant reads time only through it. */
export interface DemoClock {
  now(): number;
}

/** Everything one running tenant holds: the server's handlers and `control` share it. */
export interface TenantState {
  /** The server's own origin, for nextLinks and contexts; set once it listens. */
  baseUrl: string;
  readonly clock: DemoClock;
  readonly fleet: FleetStore;
  readonly actions: ActionStore;
  readonly tokens: TokenStore;
  readonly throttle: Throttle;
  readonly faults: Faults;
  readonly counters: Counters;
  readonly pageTokens: PageTokens;
  actionTiming: ActionTiming;
  /** Makes remoteActionAudits answer 403, as for an app without the permission. */
  auditsForbidden: boolean;
  /** Makes remoteActionAudits answer 400 to any $filter, as some tenants do (filters there are undocumented). */
  auditsRejectFilter: boolean;
  /** Report export jobs by lower-case id, and how they behave (reports/export-jobs.ts). */
  readonly exportJobs: Map<string, ExportJob>;
  exportJobSettings: ExportJobSettings;
  /** Makes a device's deviceCompliancePolicyStates answer 403, as for a tenant that wants DeviceManagementConfiguration.Read.All there. */
  complianceForbidden: boolean;
  /** How Intune refuses an account whose role lacks a permission (route-support.ts). */
  rbacRefusal: RbacRefusal;
  /** Bugs in the tenant itself (answered as 500s), kept for tests to assert there were none. */
  readonly internalErrors: unknown[];
}
