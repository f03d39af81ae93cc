import { z } from 'zod';

/**
 * Settings on disk that could not be used at start-up, so the app runs on
 * defaults: why (as a code the window words), which file, and where the bad
 * file was kept (null when it could not be moved aside, so the next save
 * replaces it). `detail` is the field the check refused, or the OS's error code.
 */
export const settingsResetSchema = z.object({
  cause: z.enum(['notJson', 'invalidValue', 'unreadable']),
  detail: z.string(),
  file: z.string(),
  keptAs: z.string().nullable(),
});
export type SettingsReset = z.infer<typeof settingsResetSchema>;

/** The same in English, for main's diagnostic log. */
export function settingsResetLogLine(reset: SettingsReset): string {
  const why = reset.cause === 'notJson' ? 'not valid JSON' : reset.cause === 'invalidValue' ? `a value was refused (${reset.detail})` : `unreadable (${reset.detail})`;
  const kept = reset.keptAs === null ? 'it could not be moved aside' : `the file was kept as ${reset.keptAs}`;
  return `Settings could not be read (${why}); ${kept}, and defaults are in use.`;
}
