import { z } from 'zod';
import { settingsResetSchema } from '../settings/settings-reset';

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['demo', 'tenant']),
  /** Which door the renderer came through: the Electron app or the development browser host. */
  host: z.enum(['electron', 'browser-host']),
  /** The OS locale, so the renderer can follow it when the language setting is "system". */
  locale: z.string(),
  logFolder: z.string(),
  /** Fingerprint of this install's log-signing key, for admins to pin. */
  signingKeyFingerprint: z.string().nullable(),
  /** True when this computer offers no encryption for stored secrets, so sign-in is kept in memory only (the window words why). */
  secretsInMemoryOnly: z.boolean(),
  /** Set when the saved settings could not be used at start-up and defaults are in use (the window says so). */
  settingsReset: settingsResetSchema.nullable(),
  /** How many devices the demo tenant holds (it is started with a chosen size); null outside the demo or while it opens. */
  demoDevices: z.int().min(0).nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
