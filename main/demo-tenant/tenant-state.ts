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
  /** How Intune refuses an account whose role lacks a permission (route-support.ts). */
  rbacRefusal: RbacRefusal;
  /** Bugs in the tenant itself (answered as 500s), kept for tests to assert there were none. */
  readonly internalErrors: unknown[];
}
