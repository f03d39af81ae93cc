import { sharedEn } from '../../shared/i18n/en';
import type { AppMessage } from '../../shared/messages/app-message';
import { word } from '../../shared/messages/coded-message';
import type { AppError } from '../../shared/result';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { Logger } from '../base/logger';
import { writeFileAtomic } from '../platform/atomic-file';
import type { SecretStore } from '../platform/secret-store';

/**
 * MSAL's token cache on disk, encrypted by the SecretStore (safeStorage in
 * the product). Where the OS offers no real encryption nothing is written:
 * MSAL keeps the cache in memory and the technician signs in at each start.
 * A file that cannot be decrypted or parsed (damaged, or encrypted by another
 * OS user) is moved aside, never deleted, and the technician signs in again.
 *
 * The file also names whom it belongs to (authority and client id): after
 * Settings switch to another tenant or app registration, the old tenant's
 * account is not restored, and the next sign-in replaces it.
 *
 * Only this app uses the file, so it is decrypted once; MSAL reloads the
 * cache before every lookup (it clears its memory first), and gets the last
 * state written, kept here as text. Every access that changed the cache is
 * written through.
 */
export interface TokenCacheFile {
  /** Undefined in memory mode: MSAL's own in-memory cache is all there is. */
  readonly plugin: ICachePlugin | undefined;
  readonly storage: 'encrypted' | 'memory';
  /** Why a saved sign-in was set aside, in words; null when nothing was. */
  readonly problem: AppError | null;
  /** Resolves when every write so far has reached the disk. */
  flush(): Promise<void>;
}

// MSAL's serialized cache is one object of these sections.
const SECTIONS = new Set(['Account', 'IdToken', 'AccessToken', 'RefreshToken', 'AppMetadata']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is encrypted: MSAL's serialized cache and whom it belongs to. */
interface Saved {
  readonly owner: string;
  readonly msal: string;
}

function parseSaved(text: string): Saved | null {
  const parsed: unknown = JSON.parse(text);
  if (!isRecord(parsed) || typeof parsed['owner'] !== 'string' || typeof parsed['msal'] !== 'string') return null;
  const msal: unknown = JSON.parse(parsed['msal']);
  const looksRight = isRecord(msal) && Object.entries(msal).every(([key, value]) => SECTIONS.has(key) && isRecord(value));
  return looksRight ? { owner: parsed['owner'], msal: parsed['msal'] } : null;
}

async function setAside(file: string, now: Date): Promise<string> {
  const aside = `${file}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    await fs.rename(file, aside);
    return path.basename(aside);
  } catch {
    // Could not keep a copy: removing it is still better than failing at every start.
    await fs.rm(file, { force: true });
    return '(removed)';
  }
}

async function readSaved(file: string, secrets: SecretStore, owner: string): Promise<{ text: string | null; problem: AppError | null }> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { text: null, problem: null };
    throw error;
  }
  try {
    const saved = parseSaved(await secrets.decrypt(data));
    // Another tenant's sign-in is not an error: it is simply not this tenant's, and is replaced at the next sign-in.
    if (saved) return { text: saved.owner === owner ? saved.msal : null, problem: null };
  } catch {
    // Falls through: undecryptable and unparsable files are handled alike.
  }
  const aside = await setAside(file, new Date());
  const say: AppMessage = { code: 'savedSignInUnreadable', params: { file: aside } };
  return { text: null, problem: { code: 'not_signed_in', message: word(sharedEn.appMessages, say), say } };
}

/** `owner` names the authority and app registration the cache is for. */
export async function openTokenCacheFile(file: string, owner: string, secrets: SecretStore, logger?: Logger): Promise<TokenCacheFile> {
  if (!secrets.isEncryptionAvailable()) {
    return { plugin: undefined, storage: 'memory', problem: null, flush: () => Promise.resolve() };
  }
  const saved = await readSaved(file, secrets, owner);
  let latest: string | null = saved.text;
  let writes: Promise<void> = Promise.resolve();

  const plugin: ICachePlugin = {
    async beforeCacheAccess(context: TokenCacheContext) {
      if (latest !== null) context.tokenCache.deserialize(latest);
    },
    async afterCacheAccess(context: TokenCacheContext) {
      if (!context.cacheHasChanged) return;
      const text = context.tokenCache.serialize();
      latest = text;
      // One write at a time, in order: the last one on disk is the newest cache.
      writes = writes.then(async () => {
        try {
          await fs.mkdir(path.dirname(file), { recursive: true });
          await writeFileAtomic(file, await secrets.encrypt(JSON.stringify({ owner, msal: text } satisfies Saved)));
        } catch (error) {
          // The tokens stay usable in memory; only the next start would ask to sign in again.
          logger?.warn('The sign-in cache could not be saved', error);
        }
      });
      await writes;
    },
  };
  return { plugin, storage: 'encrypted', problem: saved.problem, flush: () => writes };
}
