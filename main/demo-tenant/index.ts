/**
 * The demo tenant: a local Intune Graph simulator the app runs against when
 * no tenant is configured, and the server every Graph test runs against.
 */
export { startDemoTenant, DEMO_ACTION_TIMING, type DemoTenant, type DemoTenantOptions } from './start-demo-tenant';
export type { DemoTenantControl, DeviceInsight } from './control';
export type { DemoClock } from './tenant-state';
export { createManualClock, type ManualClock } from './manual-clock';
export type { ActionTiming } from './actions/new-action';
export type { DeviceTraits, PlatformMode } from './fleet/device-record';
export type { TokenRequest } from './traffic/token-store';
export type { ScriptedFault, RandomFaults, FaultKind, FaultRoute } from './traffic/faults';
export type { ThrottleLimits } from './traffic/throttle';
export type { RouteName, CountersSnapshot } from './traffic/counters';
export { MAX_DEVICES } from './fleet/generate-fleet';
export { RULE_DEVICE_SPECS } from './fleet/rule-devices';
export {
  DEMO_TENANT_ID,
  DEMO_TECHNICIANS,
  SCOPE_PRIVILEGED,
  SCOPE_READ,
  SCOPE_READ_WRITE,
  type DemoTechnician,
} from './demo-identity';
