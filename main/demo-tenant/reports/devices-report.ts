import type { DemoDevice } from '../fleet/device-record';
import { badRequest } from '../graph/graph-error';

/**
 * The columns of Intune's Devices report that the demo can fill, by the
 * names the export API takes in `select` (docs/intune-facts.md, "Unlock
 * token"). Values are written as the report writes them: text, booleans as
 * True/False, an empty cell where Intune has nothing.
 */
const appleDeviceTypes: Partial<Record<DemoDevice['mode'], string>> = { ios: '8', ipados: '9', appleUserEnrollment: '8', visionos: '14' };

const columns: Record<string, (d: DemoDevice) => string> = {
  deviceid: (d) => d.id,
  devicename: (d) => d.deviceName,
  osversion: (d) => d.osVersion,
  os: (d) => d.operatingSystem,
  serialnumber: (d) => d.serialNumber,
  upn: (d) => d.userPrincipalName,
  devicetype: (d) => appleDeviceTypes[d.mode] ?? '0',
  // Intune escrows the unlock token only from a device enrolled with device-level management.
  hasunlocktoken: (d) => (d.mode === 'ios' || d.mode === 'ipados' ? (d.traits.unlockTokenPresent ? 'True' : 'False') : 'False'),
};

/** The column names asked for, checked; Intune answers 400 to a column the report does not have. */
export function checkSelect(select: unknown): string[] {
  if (select === undefined) return ['DeviceId', 'DeviceName', 'OSVersion', 'OS'];
  if (!Array.isArray(select) || select.some((c) => typeof c !== 'string')) throw badRequest("'select' must be a list of column names.", true);
  const unknown = (select as string[]).find((c) => !(c.toLowerCase() in columns));
  if (unknown !== undefined) throw badRequest(`Invalid select column: ${unknown}`, true);
  return select as string[];
}

/**
 * Which devices the filter keeps. The demo understands the one filter shape
 * clients use for Apple devices, `(DeviceType eq '8') or ...`; like the
 * service it refuses what it cannot parse.
 */
export function filterDevices(filter: unknown, devices: Iterable<DemoDevice>): DemoDevice[] {
  const all = [...devices];
  if (filter === undefined || filter === null || filter === '') return all;
  if (typeof filter !== 'string') throw badRequest("'filter' must be text.", true);
  const terms = filter.replace(/[()]/g, ' ').split(/\s+or\s+/i).map((t) => t.trim());
  const wanted = new Set<string>();
  for (const term of terms) {
    const match = /^DeviceType\s+eq\s+'(\d+)'$/i.exec(term);
    if (!match) throw badRequest(`The filter '${filter}' is not supported by the Devices report.`, true);
    wanted.add(match[1]!);
  }
  return all.filter((d) => wanted.has(columns.devicetype!(d)));
}

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** The report as Intune writes it: UTF-8 with a byte order mark, quoted cells, CRLF line ends. */
export function devicesCsv(select: readonly string[], devices: readonly DemoDevice[]): Buffer {
  const lines = [select.map(quote).join(',')];
  for (const device of devices) lines.push(select.map((c) => quote(columns[c.toLowerCase()]!(device))).join(','));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}
