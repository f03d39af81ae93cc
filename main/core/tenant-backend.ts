import type { TrackerTiming } from '../actions/action-tracker';
import type { AuthService } from '../auth/auth-service';
import type { EventHub } from '../base/events';
import type { Settings } from '../../shared/settings/settings';

/**
 * Where one tenant's Graph answers and how a technician signs in to it.
 * Microsoft's cloud is one backend (microsoft-backend.ts); the built-in demo
 * tenant is another, which the doors hand in (main/demo-backend/), so the
 * core never loads the simulator and runs the same code against both.
 */
export interface TenantBackend {
  readonly mode: 'demo' | 'tenant';
  /** Origin of the Graph API, e.g. https://graph.microsoft.com */
  readonly graphUrl: string;
  /** The sign-in service for this backend; it emits `sessionChanged` on `events`. */
  createAuth(events: EventHub): Promise<AuthService>;
  /** How often the action tracker polls; the default suits a real device's minutes. */
  readonly trackerTiming?: Partial<TrackerTiming>;
  /** How often tenant-wide actions are re-read. */
  readonly auditPollMs: number;
  /** Between reads of a report export job (the unlock-token check); default 5 s. */
  readonly reportPollMs?: number;
  /** The demo tenant's number of devices, which the sign-in card names; absent for a real tenant. */
  readonly demoDevices?: number;
  close(): Promise<void>;
}

/** Opens the backend the settings point at: the demo when no tenant is configured. */
export type OpenBackend = (settings: Settings) => Promise<TenantBackend>;
