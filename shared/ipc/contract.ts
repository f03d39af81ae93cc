import { z } from 'zod';
import { appInfoSchema } from '../app/app-info';
import { settingsSchema } from '../settings/settings';

/**
 * The one IPC contract. Each channel has a request and a response schema; each
 * event main pushes has a payload schema. The main-side registration, the
 * preload bridge, the browser-host bridge and the renderer's api module are all
 * derived from these two objects: adding a channel is one entry here plus its
 * handler in main/core/handlers.
 *
 * Requests are `.strict()` so an unexpected key is a validation error rather
 * than something a handler might read.
 */
const none = z.object({}).strict();

export const channels = {
  getAppInfo: { request: none, response: appInfoSchema },
  getSettings: { request: none, response: settingsSchema },
  saveSettings: { request: z.object({ settings: settingsSchema }).strict(), response: settingsSchema },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export const events = {
  settingsChanged: settingsSchema,
} as const satisfies Record<string, z.ZodType>;

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
