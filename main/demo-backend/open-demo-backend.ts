import { createAuthService } from '../auth/create-auth-service';
import type { TenantBackend } from '../core/tenant-backend';
import { DEMO_TECHNICIANS, startDemoTenant, type DemoClock, type DemoTenantControl } from '../demo-tenant';
import { demoPace, type DemoPace } from './demo-pace';

export interface DemoOptions {
  deviceCount?: number;
  pace?: DemoPace;
  /** The demo technician signed in (default the first, with the Help Desk role). */
  technicianUpn?: string;
  /** The tenant's clock; the system clock when not given. End-to-end tests hand in one they move. */
  clock?: DemoClock;
  /** Told the tenant's control once it runs, for the test-only command channel (demo-commands.ts). */
  onStarted?(control: DemoTenantControl): void;
}

/**
 * A demo technician by user name ("robin.novak") or full UPN; undefined for
 * the default. An unknown name is an error that lists the names there are.
 */
export function demoTechnicianByName(name: string | undefined): string | undefined {
  if (name === undefined || name === '') return undefined;
  const wanted = name.toLowerCase();
  const found = DEMO_TECHNICIANS.find((t) => t.upn.toLowerCase() === wanted || t.upn.toLowerCase().split('@')[0] === wanted);
  if (!found) throw new Error(`--demo-technician must be one of: ${DEMO_TECHNICIANS.map((t) => t.upn.split('@')[0]).join(', ')}`);
  return found.upn;
}

/**
 * The built-in demo tenant as a backend: a Graph simulator on loopback, a
 * demo technician signed in without a browser, and a pace a person can
 * watch. The doors hand this to the core; the core itself never imports the
 * simulator.
 */
export async function openDemoBackend(options: DemoOptions = {}): Promise<TenantBackend> {
  const pace = demoPace(options.pace);
  const tenant = await startDemoTenant({ deviceCount: options.deviceCount, actionTiming: pace.tenant, clock: options.clock });
  options.onStarted?.(tenant.control);
  return {
    mode: 'demo',
    graphUrl: tenant.url,
    trackerTiming: pace.tracker,
    auditPollMs: 15_000,
    reportPollMs: pace.reportPollMs,
    demoDevices: tenant.control.deviceCount(),
    createAuth: (events) => createAuthService({ mode: 'demo', events, demoTenantUrl: tenant.url, technicianUpn: options.technicianUpn ?? DEMO_TECHNICIANS[0]!.upn }),
    close: () => tenant.close(),
  };
}
