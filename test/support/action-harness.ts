import path from 'node:path';
import { afterEach } from 'vitest';
import { createActionLog, type ActionLog } from '../../main/action-log/action-log';
import { createActionService, type ActionService } from '../../main/actions/action-service';
import type { TrackerTiming } from '../../main/actions/action-tracker';
import { createPasscodeVault, type PasscodeVault } from '../../main/actions/passcode-vault';
import { createEventHub, type EventHub } from '../../main/base/events';
import type { Logger } from '../../main/base/logger';
import { createDeviceService, type DeviceService } from '../../main/devices/device-service';
import {
  createManualClock,
  DEMO_TECHNICIANS,
  startDemoTenant,
  type DemoTechnician,
  type DemoTenant,
  type DemoTenantOptions,
  type ManualClock,
} from '../../main/demo-tenant';
import { createGraphClient, type GraphClient, type GraphClientOptions } from '../../main/graph/graph-client';
import type { SecretStore } from '../../main/platform/secret-store';
import { createProcessSecretStore } from './process-secret-store';
import { useTempDirs } from './temp-dir';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { demoTokenProvider, technicianOf, type DemoTokenProvider } from './demo-token-provider';

/**
 * The main-process core of a passcode action, wired as the app wires it,
 * against a demo tenant over real HTTP and a real action log in a temp
 * folder. Tests wait on the events it records, never on time.
 */
export interface RecordedEvent {
  event: EventName;
  payload: unknown;
}

export interface Harness {
  tenant: DemoTenant;
  /** The tenant's clock: moves actions along and expires tokens when told. Starts at the real time, as Intune's does. */
  tenantClock: ManualClock;
  tokens: DemoTokenProvider;
  graph: GraphClient;
  events: EventHub;
  recorded: RecordedEvent[];
  logLines: string[];
  logger: Logger;
  vault: PasscodeVault;
  log: ActionLog;
  logFolder: string;
  /** What encrypts the log's signing key: a test playing a dishonest technician decrypts it, as any process of that user could. */
  secretStore: SecretStore;
  devices: DeviceService;
  actions: ActionService;
  /** Resolves with the first payload of `event` (already recorded or yet to come) that passes `test`. */
  waitFor<E extends EventName>(event: E, test: (payload: EventPayload<E>) => boolean): Promise<EventPayload<E>>;
  /** Opens another log and action service on the same folder and tenant, as a restarted app would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  folder: string;
  tenant?: DemoTenantOptions;
  technician?: DemoTechnician;
  graph?: Partial<GraphClientOptions>;
  trackerTiming?: Partial<TrackerTiming>;
  logger?: Logger;
  requireTicketReference?: boolean;
}

// Fast polling: the demo tenant's actions move when its clock is moved, not with time.
export const fastTracking: Partial<TrackerTiming> = { firstDelayMs: 10, factor: 1.5, maxDelayMs: 100 };

export function recordingLogger(lines: string[]): Logger {
  const describe = (cause: unknown) => (cause instanceof Error ? cause.stack ?? cause.message : cause === undefined ? '' : String(cause));
  return {
    info: (message) => void lines.push(`info ${message}`),
    warn: (message, cause) => void lines.push(`warn ${message} ${describe(cause)}`),
    error: (message, cause) => void lines.push(`error ${message} ${describe(cause)}`),
  };
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const tenantClock = createManualClock(Date.now());
  const tenant = await startDemoTenant({ deviceCount: 300, otherUsersActions: 0, actionTiming: { toActiveMs: 0, toDoneMs: 0 }, clock: tenantClock, ...options.tenant });
  const tokens = demoTokenProvider(tenant.control, options.technician ?? DEMO_TECHNICIANS[0]);
  const recorded: RecordedEvent[] = [];
  const waiters = new Set<{ event: EventName; test: (p: never) => boolean; resolve: (p: never) => void }>();
  const events = createEventHub();
  events.listen((event, payload) => {
    // A deep copy, as IPC would make: later changes to a summary must not rewrite history.
    recorded.push({ event, payload: structuredClone(payload) });
    for (const waiter of waiters) {
      if (waiter.event === event && waiter.test(payload as never)) {
        waiters.delete(waiter);
        waiter.resolve(structuredClone(payload) as never);
      }
    }
  });
  const logLines: string[] = [];
  const logger = options.logger ?? recordingLogger(logLines);
  const graph = createGraphClient({ baseUrl: tenant.url, tokens, logger, retry: { baseDelayMs: 10, maxDelayMs: 100 }, ...options.graph });
  const vault = createPasscodeVault();
  const logFolder = path.join(options.folder, 'action-log');
  const secretStore = createProcessSecretStore();

  async function openLog(): Promise<ActionLog> {
    const opened = await createActionLog({
      folder: logFolder,
      secretStore,
      appVersion: '0.0.0-test',
      // Every token handed out is refused anywhere in an entry, the vault's passcodes in Graph's result fields (as create-core wires it).
      isSecret: (text) => tokens.issued.some((token) => text.includes(token)),
      isResultSecret: (text) => vault.isSecret(text),
    });
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value;
  }
  const makeActions = (log: ActionLog) =>
    createActionService({
      graph,
      log,
      events,
      technician: () => technicianOf(tokens.technician),
      tenantId: () => tenant.control.tenantId,
      settings: () => ({ requireTicketReference: options.requireTicketReference ?? true }),
      logger,
      trackerTiming: { ...fastTracking, ...options.trackerTiming },
      vault,
    });

  const log = await openLog();
  const harness: Harness = {
    tenant, tenantClock, tokens, graph, events, recorded, logLines, logger, vault, log, logFolder, secretStore,
    devices: createDeviceService({ graph, events, logger }),
    actions: makeActions(log),
    waitFor(event, test) {
      for (const { event: name, payload } of recorded) {
        if (name === event && test(payload as never)) return Promise.resolve(structuredClone(payload) as never);
      }
      return new Promise((resolve) => waiters.add({ event, test: test as never, resolve: resolve as never }));
    },
    async restart() {
      await harness.actions.close();
      await harness.log.close();
      harness.log = await openLog();
      harness.actions = makeActions(harness.log);
    },
    async close() {
      harness.devices.close();
      await harness.actions.close();
      await harness.log.close();
      await tenant.close();
    },
  };
  return harness;
}

/**
 * For a test file: a starter that runs the harness in a fresh temp folder and
 * closes it after each test (before the folder is removed, as hooks unwind).
 * `defaults` are options every test of the file wants; a test's own win.
 */
export function useHarness(defaults: Omit<HarnessOptions, 'folder'> = {}): (options?: Omit<HarnessOptions, 'folder'>) => Promise<Harness> {
  const tempDir = useTempDirs();
  let harness: Harness | null = null;
  afterEach(async () => {
    await harness?.close();
    harness = null;
  });
  return async (options = {}) => {
    harness = await startHarness({ folder: tempDir(), ...defaults, ...options });
    return harness;
  };
}

/** A passcode request as the confirm dialog sends it, identity checked. */
export const passcodeRequest = (deviceId: string, ticket = 'INC-7') => ({ deviceId, ticket, identityVerified: true as const, acknowledgedRecentActions: false });
