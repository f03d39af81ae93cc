import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Names of everything the action log keeps in its folder. */
export const LOCK_FILE = 'action-log.lock';
export const SIGNING_KEY_FILE = 'signing-key.bin'; // private key, encrypted by the SecretStore
export const PUBLIC_KEY_FILE = 'signing-key.pub'; // public key and fingerprint, plain, for people
export const INSTALL_ID_FILE = 'install-id';

/** Files are per UTC month, so a file's name never depends on the machine's time zone. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function monthFileName(month: string): string {
  return `actions-${month}.jsonl`;
}

const monthFilePattern = /^actions-(\d{4}-\d{2})\.jsonl$/;
// Torn tails set aside share the `actions-` prefix so they sort next to their month, but never match the month pattern.
const tornFilePattern = /^actions-\d{4}-\d{2}\.torn-[0-9TZ]+(-\d+)?\.jsonl$/;

/** `2026-05` for `.../actions-2026-05.jsonl`. */
export function monthOfFile(path: string): string {
  return basename(path).match(monthFilePattern)?.[1] ?? '';
}

export function isMonthFile(name: string): boolean {
  return monthFilePattern.test(name);
}

export function isTornFile(name: string): boolean {
  return tornFilePattern.test(name);
}

/** `actions-2026-05.torn-20260524T101500123Z.jsonl` */
export function tornFileName(monthFile: string, at: Date, attempt: number): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  const suffix = attempt === 0 ? '' : `-${attempt}`;
  return monthFile.replace(/\.jsonl$/, `.torn-${stamp}${suffix}.jsonl`);
}

/** Month files of a folder, oldest first (the names sort chronologically). */
export function listMonthFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter(isMonthFile)
    .sort()
    .map((name) => join(folder, name));
}

export function listTornFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter(isTornFile)
    .sort()
    .map((name) => join(folder, name));
}
