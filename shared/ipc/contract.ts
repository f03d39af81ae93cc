import { z } from 'zod';
import { actionSummarySchema, closeActionRequestSchema, passcodeActionRequestSchema } from '../actions/action-summary';
import { appInfoSchema } from '../app/app-info';
import { deviceRecentActionsSchema, tenantActionsSchema } from '../audits/tenant-action';
import { deviceCodeSchema, sessionSchema, signInMethods } from '../auth/session';
import { deviceIdSchema, deviceSchema } from '../devices/device';
import { preflightSchema } from '../devices/preflight';
import { openFindingSchema } from '../log/log-finding';
import { reviewFilterSchema, reviewPageSchema, reviewSummarySchema } from '../review/review';
import { reconciliationSchema } from '../review/reconcile';
import { forwardingStatusSchema } from '../forwarding/forwarding-status';
import { policyStateSchema } from '../settings/policy';
import { settingsSchema } from '../settings/settings';
import { appErrorSchema } from '../result';

/**
 * The one IPC contract. Each channel has a request and a response schema; each
 * event main pushes has a payload schema. The main-side registration, the
 * preload bridge, the browser-host bridge and the renderer's api module are all
 * derived from these two objects: adding a channel is one entry here plus its
 * handler in the main-process domain that owns the channel
 * (main/<domain>/*-handlers.ts, wired in main/core/create-core.ts).
 *
 * Requests are `.strict()` so an unexpected key is a validation error rather
 * than something a handler might read.
 */
const none = z.object({}).strict();
const deviceId = deviceIdSchema;
const reviewId = z.string().min(1).max(64);

export const channels = {
  // App and settings
  getAppInfo: { request: none, response: appInfoSchema },
  getSettings: { request: none, response: settingsSchema },
  saveSettings: { request: z.object({ settings: settingsSchema }).strict(), response: settingsSchema },
  /** What the organisation's policy sets and locks, read once at start-up. */
  getPolicy: { request: none, response: policyStateSchema },

  // Central collection: forwarding each log entry to the organisation's syslog collector
  getForwardingStatus: { request: none, response: forwardingStatusSchema },
  /** Skips the back-off wait and tries the collector now. */
  retryForwarding: { request: none, response: forwardingStatusSchema },

  // Sign-in
  getSession: { request: none, response: sessionSchema },
  signIn: { request: z.object({ method: z.enum(signInMethods) }).strict(), response: sessionSchema },
  cancelSignIn: { request: none, response: sessionSchema },
  signOut: { request: none, response: sessionSchema },

  // Devices: the list arrives page by page as `devicesProgress` events.
  loadDevices: { request: none, response: z.object({ loadId: z.string() }) },
  /**
   * The window has painted the first page of the last session's list (warm start): main sends the
   * rest of it only then, so opening those pages does not take the cores the first paint needs.
   */
  devicesShown: { request: z.object({ loadId: z.string().min(1).max(64) }).strict(), response: none },
  getDevice: { request: z.object({ deviceId }).strict(), response: deviceSchema },
  /** Unlock token (iOS/iPadOS) and passcode requirement, before the technician confirms; never a refusal. */
  getPreflight: { request: z.object({ deviceId }).strict(), response: preflightSchema },

  // The passcode action and the live actions log
  requestPasscodeAction: { request: passcodeActionRequestSchema, response: actionSummarySchema },
  listActions: { request: none, response: z.array(actionSummarySchema) },
  /** Hands over a generated passcode once; main forgets it as it answers. */
  revealPasscode: { request: z.object({ actionId: z.string().min(1).max(64) }).strict(), response: z.object({ passcode: z.string() }) },
  /** Within Intune's seven days: re-read from Graph, the reason written to the action log (never the passcode). */
  revealPasscodeAgain: {
    request: z.object({ actionId: z.string().min(1).max(64), reason: z.string().max(2000) }).strict(),
    response: z.object({ passcode: z.string(), keptUntil: z.string() }),
  },
  /** Ends an action of unknown outcome by hand, with the technician's note; logged. */
  closeAction: { request: closeActionRequestSchema, response: actionSummarySchema },

  // Tenant-wide passcode actions (Graph remoteActionAudits merged with our log)
  getTenantActions: { request: z.object({ refresh: z.boolean() }).strict(), response: tenantActionsSchema },
  getDeviceRecentActions: { request: z.object({ deviceId }).strict(), response: deviceRecentActionsSchema },

  // The action log: this install's status, and offline review of any log files
  getLogStatus: {
    request: none,
    response: z.object({
      folder: z.string(),
      fingerprint: z.string(),
      keyStorage: z.enum(['encrypted', 'memory']),
      findingsAtOpen: z.array(openFindingSchema),
    }),
  },
  /** Opens files or a folder chosen in a main-side dialog; null when the dialog was cancelled. */
  openLogs: { request: z.object({ kind: z.enum(['files', 'folder', 'own']) }).strict(), response: reviewSummarySchema.nullable() },
  listReviewRows: {
    request: z.object({ reviewId, filter: reviewFilterSchema, offset: z.int().min(0), limit: z.int().min(1).max(500) }).strict(),
    response: reviewPageSchema,
  },
  /** Reads Intune's audits (needs sign-in) and reconciles them with the open chains; kept with the review. */
  checkAgainstIntune: { request: z.object({ reviewId }).strict(), response: reconciliationSchema },
  exportReconciliation: {
    request: z.object({ reviewId, format: z.enum(['csv', 'json']) }).strict(),
    response: z.object({ path: z.string().nullable(), rows: z.int() }),
  },
  /** Saves the filtered rows as CSV where the user picks; null path when cancelled. */
  exportReviewCsv: {
    request: z.object({ reviewId, filter: reviewFilterSchema }).strict(),
    response: z.object({ path: z.string().nullable(), rows: z.int() }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export const events = {
  settingsChanged: settingsSchema,
  sessionChanged: sessionSchema,
  deviceCodeIssued: deviceCodeSchema,
  /** One page of the device list (up to 250 devices); `devices` holds only that page's devices, so the list crosses IPC once. */
  devicesProgress: z.object({
    loadId: z.string(),
    devices: z.array(deviceSchema),
    loaded: z.int(),
    /**
     * How many devices the fresh list holds, when Intune said so (`@odata.count` on its first
     * page): a hint for "N of M", null when unknown or already passed. Absent on saved pages.
     */
    total: z.int().nonnegative().nullable().optional(),
    done: z.boolean(),
    error: appErrorSchema.nullable(),
    /**
     * Set on pages of the list saved by the last session (warm start), sent before the fresh
     * list: `loaded` and `done` then count those pages; the fresh list follows without it.
     */
    lastSession: z.object({ savedAt: z.iso.datetime() }).optional(),
  }),
  actionUpdated: actionSummarySchema,
  tenantActionsUpdated: tenantActionsSchema,
  forwardingStatus: forwardingStatusSchema,
} as const satisfies Record<string, z.ZodType>;

/**
 * Events that cross the door as JSON text rather than as objects. The window
 * parses and checks them in a worker (renderer/store/device-page-reader.ts),
 * off the main thread that answers the keyboard: a 100,000-device list is 400
 * pages, and parsing and checking them took most of each page's time there
 * (issue 19, typing while the list loads). The check is the same contract check.
 */
export const textEvents = ['devicesProgress'] as const satisfies readonly EventName[];
export type TextEventName = (typeof textEvents)[number];

export function isTextEvent(name: EventName): name is TextEventName {
  return (textEvents as readonly EventName[]).includes(name);
}

/**
 * A text event as it reaches the window: its JSON text (Electron's IPC), or
 * that text's UTF-8 bytes (the browser host's binary frames, event-frames.ts),
 * which the window moves to its worker without a copy.
 */
export type TextEventWire = string | ArrayBuffer;

export function isTextEventWire(value: unknown): value is TextEventWire {
  return typeof value === 'string' || value instanceof ArrayBuffer;
}

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelRequest<C extends ChannelName> = z.output<Channels[C]['request']>;
/** What a caller passes, before defaults are applied by the schema. */
export type ChannelRequestInput<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ChannelResponse<C extends ChannelName> = z.output<Channels[C]['response']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

/** The wire names, namespaced so no other code's IPC can collide with ours. */
export const ipcChannelPrefix = 'passcode-desk:call:';
export const ipcEventPrefix = 'passcode-desk:event:';
