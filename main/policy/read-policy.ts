import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { emptyPolicy, mergePolicies, normalizePolicy, safeDefaultPolicy, type Policy } from './policy-values';

/**
 * Reads the organisation's policy from where each platform keeps managed
 * settings, once at start-up:
 * - Windows: the registry key HKLM\SOFTWARE\Policies\Passcode Desk (Group
 *   Policy, Intune ADMX ingestion or a script), then
 *   %ProgramData%\Passcode Desk\policy.json; the registry wins per value.
 * - macOS: the managed preferences for the app's bundle id, which an MDM
 *   (Intune's custom configuration profile) installs in /Library/Managed Preferences.
 * - Linux: /etc/passcode-desk/policy.json.
 */
export const WINDOWS_POLICY_KEY = 'HKLM\\SOFTWARE\\Policies\\Passcode Desk';
export const LINUX_POLICY_FILE = '/etc/passcode-desk/policy.json';
export const MAC_BUNDLE_ID = 'com.passcodedesk.app';

export interface PolicySources {
  platform: NodeJS.Platform;
  /** Overrides the platform's place with one JSON file (tests, and machines managed without an MDM). */
  file?: string;
  programData?: string;
  macPreferencesFolder?: string;
  /** Runs a system tool (reg, plutil); injected so tests can hand in the output Windows and macOS give. */
  run?: (command: string, args: string[]) => Promise<{ code: number; stdout: string }>;
}

const runTool = (command: string, args: string[]): Promise<{ code: number; stdout: string }> =>
  new Promise((resolve) => {
    execFile(command, args, { encoding: 'utf8', windowsHide: true, timeout: 10_000 }, (error, stdout) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: stdout ?? '' });
    });
  });

const missing = (cause: unknown) => (cause as NodeJS.ErrnoException).code === 'ENOENT';

async function readJsonPolicy(file: string): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if (missing(cause)) return emptyPolicy();
    return safeDefaultPolicy(file, { code: 'fileUnreadable', params: { cause: (cause as NodeJS.ErrnoException).code ?? String(cause) } });
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return safeDefaultPolicy(file, { code: 'notJson', params: {} });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return safeDefaultPolicy(file, { code: 'notObject', params: {} });
  return normalizePolicy(value as Record<string, unknown>, file);
}

/**
 * `reg query` prints one value per line: four spaces, name, four spaces, type,
 * four spaces, data. DWORDs come as 0x1; REG_MULTI_SZ items are joined by a literal \0.
 */
export function parseRegQuery(output: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const line of output.split(/\r?\n/)) {
    const match = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line);
    if (!match) continue;
    const [, name, type, data = ''] = match;
    if (type === 'REG_DWORD' || type === 'REG_QWORD') values[name!] = Number.parseInt(data, 16);
    else if (type === 'REG_MULTI_SZ') values[name!] = data.split('\\0').filter(Boolean);
    else values[name!] = data;
  }
  return values;
}

async function readWindowsPolicy(sources: PolicySources, run: NonNullable<PolicySources['run']>): Promise<Policy> {
  const queried = await run('reg', ['query', WINDOWS_POLICY_KEY]);
  // Exit code 1 with no output is how reg says the key does not exist.
  const registry =
    queried.code === 0 ? normalizePolicy(parseRegQuery(queried.stdout), WINDOWS_POLICY_KEY)
    : queried.stdout.trim() === '' ? emptyPolicy()
    : safeDefaultPolicy(WINDOWS_POLICY_KEY, { code: 'registryUnreadable', params: {} });
  const programData = sources.programData ?? process.env.ProgramData ?? 'C:\\ProgramData';
  const file = await readJsonPolicy(path.win32.join(programData, 'Passcode Desk', 'policy.json'));
  return mergePolicies(registry, file);
}

async function readMacPolicy(sources: PolicySources, run: NonNullable<PolicySources['run']>): Promise<Policy> {
  const file = path.posix.join(sources.macPreferencesFolder ?? '/Library/Managed Preferences', `${MAC_BUNDLE_ID}.plist`);
  try {
    await readFile(file);
  } catch (cause) {
    if (missing(cause)) return emptyPolicy();
  }
  // Managed preferences are usually binary plists; plutil turns them into JSON.
  const converted = await run('plutil', ['-convert', 'json', '-o', '-', file]);
  if (converted.code !== 0) return safeDefaultPolicy(file, { code: 'preferencesUnreadable', params: {} });
  try {
    const value = JSON.parse(converted.stdout) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a dictionary');
    // A configuration profile adds its own keys (PayloadUUID and the like): those are not ours to judge.
    const ours = Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('Payload') && key !== 'PolicyVersion'));
    return normalizePolicy(ours, file);
  } catch {
    return safeDefaultPolicy(file, { code: 'preferencesNotDictionary', params: {} });
  }
}

/** Never throws: a policy that cannot be read gives the safe default and says why. */
export async function readPolicy(sources: PolicySources): Promise<Policy> {
  const run = sources.run ?? runTool;
  if (sources.file) return readJsonPolicy(sources.file);
  if (sources.platform === 'win32') return readWindowsPolicy(sources, run);
  if (sources.platform === 'darwin') return readMacPolicy(sources, run);
  return readJsonPolicy(LINUX_POLICY_FILE);
}
