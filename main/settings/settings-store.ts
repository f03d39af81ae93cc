import { promises as fs } from 'node:fs';
import path from 'node:path';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/settings/settings';
import type { SettingsReset } from '../../shared/settings/settings-reset';
import { writeFileAtomic } from '../platform/atomic-file';

export interface SettingsStore {
  get(): Settings;
  save(next: Settings): Promise<Settings>;
  /** Set when the file on disk could not be used and defaults are in use; where the bad file was kept. */
  readonly loadProblem: SettingsReset | null;
}

/**
 * Settings live in one JSON file in the user data folder. A file that cannot be
 * read as settings is renamed aside (never overwritten), so nothing the user
 * wrote is lost, and the app starts on defaults with a message.
 */
export interface SettingsRules {
  /** Values the organisation's policy suggests, used where the technician has not chosen. */
  defaults?: Partial<Settings>;
  /** Puts back what the policy locks, whatever the file says. */
  enforce?: (settings: Settings) => Settings;
}

export async function openSettingsStore(folder: string, rules: SettingsRules = {}): Promise<SettingsStore> {
  const file = path.join(folder, 'settings.json');
  const base = { ...defaultSettings, ...rules.defaults };
  const enforce = rules.enforce ?? ((settings: Settings) => settings);
  let current = base;
  let problem: Pick<SettingsReset, 'cause' | 'detail'> | null = null;
  try {
    const text = await fs.readFile(file, 'utf8');
    const parsed = settingsSchema.safeParse({ ...base, ...JSON.parse(text) });
    if (parsed.success) current = parsed.data;
    else problem = { cause: 'invalidValue', detail: parsed.error.issues[0]?.path.join('.') ?? '' };
  } catch (cause) {
    const { code, message } = cause as NodeJS.ErrnoException;
    if (cause instanceof SyntaxError) problem = { cause: 'notJson', detail: '' };
    else if (code !== 'ENOENT') problem = { cause: 'unreadable', detail: code ?? message ?? String(cause) };
  }
  let loadProblem: SettingsReset | null = null;
  if (problem) {
    const aside = `${file}.unreadable-${Date.now()}`;
    const kept = await fs.rename(file, aside).then(
      () => true,
      () => false,
    );
    loadProblem = { ...problem, file, keptAs: kept ? aside : null };
  }
  // One save at a time, in call order: the file and `current` end with the last one asked for.
  let saving: Promise<unknown> = Promise.resolve();
  return {
    get: () => enforce(current),
    loadProblem,
    save(next) {
      const run = saving.then(async () => {
        const valid = settingsSchema.parse(next);
        await writeFileAtomic(file, `${JSON.stringify(valid, null, 2)}\n`);
        current = valid;
        return enforce(current);
      });
      saving = run.catch(() => undefined);
      return run;
    },
  };
}
