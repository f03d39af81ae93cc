import { progressAt } from './actions/action-store';
import { checkTiming, type ActionTiming } from './actions/new-action';
import { DEMO_TENANT_ID } from './demo-identity';
import type { DemoDevice, DeviceTraits, PlatformMode } from './fleet/device-record';
import type { RbacRefusal, TenantState } from './tenant-state';
import type { CountersSnapshot, RouteName } from './traffic/counters';
import type { RandomFaults, ScriptedFault } from './traffic/faults';
import type { ThrottleLimits } from './traffic/throttle';
import type { ExportJobSettings } from './reports/export-jobs';
import type { TokenRequest } from './traffic/token-store';

/** The text fields of a device a test may overwrite (setDeviceText). */
const demoDeviceTextFields = ['deviceName', 'model', 'manufacturer', 'userPrincipalName', 'userDisplayName', 'serialNumber', 'imei', 'osVersion'] as const;
type DemoDeviceText = (typeof demoDeviceTextFields)[number];

/** What a test or the demo host may know about a device beyond Graph: its mode and hidden traits. */
export interface DeviceInsight {
  readonly id: string;
  readonly deviceName: string;
  readonly mode: PlatformMode;
  readonly traits: DeviceTraits;
}

/** The in-process handle on a running tenant: tokens, fleet changes, faults, throttling, counters. */
export interface DemoTenantControl {
  readonly tenantId: string;
  issueToken(request: TokenRequest): string;
  expireAllTokens(): void;
  /** By id, or by device name (the fixed rule devices have unique names such as "DEMO-IOS-17"). */
  device(idOrName: string): DeviceInsight | undefined;
  /** The id of a device by name; throws if there is none, so a test fails where it looks. */
  deviceId(name: string): string;
  deviceCount(): number;
  deleteDevice(id: string): boolean;
  setTraits(id: string, traits: Partial<DeviceTraits>): void;
  /**
   * Overwrites a device's text as Graph will serve it: a broken or hostile tenant (a megabyte device
   * name) for the app's bounds to meet (shared/devices/graph-text-bounds.ts). Its id stays.
   */
  setDeviceText(id: string, text: Partial<Pick<DemoDevice, DemoDeviceText>>): void;
  setActionTiming(timing: ActionTiming): void;
  readonly faults: {
    next(fault: ScriptedFault): void;
    random(config: RandomFaults | null): void;
    clear(): void;
    pending(): number;
    /** Requests held unanswered by a `hang` fault right now. */
    holding(): number;
  };
  /** The tenant's own record of every passcode reset it queued, and where each stands now. */
  resets(): Array<{ deviceId: string; startMs: number; state: string }>;
  readonly throttle: {
    setLimits(limits: Partial<ThrottleLimits>): void;
    sendRetryAfter(on: boolean): void;
    /** Starts a fresh window with nothing counted. */
    reset(): void;
  };
  readonly audits: { setForbidden(on: boolean): void; rejectFilter(on: boolean): void };
  /** How an account whose Intune role lacks a permission is refused (status and JSON nesting). */
  readonly rbac: { setRefusal(shape: RbacRefusal): void };
  /** Report export jobs: how many reads until done, a failing job, the download link's lifetime. */
  readonly reports: { set(settings: Partial<ExportJobSettings>): void; jobs(): number };
  /** Refuses deviceCompliancePolicyStates with 403 (a tenant that wants DeviceManagementConfiguration.Read.All). */
  readonly compliance: { setForbidden(on: boolean): void };
  readonly counters: {
    requests(route: RouteName): number;
    resetPasscodePosts(deviceId: string): number;
    snapshot(): CountersSnapshot;
    reset(): void;
  };
  /** Unexpected errors inside the tenant (each answered as a 500); empty unless the tenant has a bug. */
  internalErrors(): readonly unknown[];
}

export function createControl(state: TenantState): DemoTenantControl {
  const { fleet, faults, throttle, counters } = state;
  const find = (idOrName: string) => fleet.get(idOrName) ?? fleet.findByName(idOrName);
  return {
    tenantId: DEMO_TENANT_ID,
    issueToken: (request) => state.tokens.issue(request),
    expireAllTokens: () => state.tokens.expireAll(),
    device(idOrName) {
      const d = find(idOrName);
      return d && { id: d.id, deviceName: d.deviceName, mode: d.mode, traits: { ...d.traits } };
    },
    deviceId(name) {
      const d = fleet.findByName(name);
      if (!d) throw new Error(`The demo tenant has no device named '${name}'`);
      return d.id;
    },
    deviceCount: () => fleet.size,
    deleteDevice: (id) => fleet.delete(id),
    setDeviceText(id, text) {
      const d = fleet.get(id);
      if (!d) throw new Error(`The demo tenant has no device '${id}'`);
      for (const key of demoDeviceTextFields) if (text[key] !== undefined) d[key] = text[key];
    },
    setTraits(id, traits) {
      const d = fleet.get(id);
      if (!d) throw new Error(`The demo tenant has no device '${id}'`);
      d.traits = { ...d.traits, ...traits };
    },
    setActionTiming(timing) {
      state.actionTiming = checkTiming(timing);
    },
    faults: {
      next: (fault) => faults.next(fault),
      random: (config) => faults.random(config),
      clear: () => faults.clear(),
      pending: () => faults.pending(),
      holding: () => faults.holding,
    },
    resets: () =>
      state.actions
        .list()
        .filter((action) => action.actionName === 'resetPasscode')
        .map((action) => ({ deviceId: action.deviceId, startMs: action.startMs, state: progressAt(action, state.clock.now()).state })),
    throttle: {
      setLimits(limits) {
        throttle.limits = { ...throttle.limits, ...limits };
      },
      sendRetryAfter(on) {
        throttle.sendRetryAfter = on;
      },
      reset: () => throttle.reset(),
    },
    audits: {
      setForbidden(on) {
        state.auditsForbidden = on;
      },
      rejectFilter(on) {
        state.auditsRejectFilter = on;
      },
    },
    rbac: {
      setRefusal(shape) {
        state.rbacRefusal = { ...shape };
      },
    },
    reports: {
      set(settings) {
        state.exportJobSettings = { ...state.exportJobSettings, ...settings };
      },
      jobs: () => state.exportJobs.size,
    },
    compliance: {
      setForbidden(on) {
        state.complianceForbidden = on;
      },
    },
    counters: {
      requests: (route) => counters.requests(route),
      resetPasscodePosts: (deviceId) => counters.resetPasscodePosts(deviceId),
      snapshot: () => counters.snapshot(),
      reset: () => counters.reset(),
    },
    internalErrors: () => [...state.internalErrors],
  };
}
