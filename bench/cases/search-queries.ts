import type { Device } from '../../shared/devices/device';
import { pick, seededRandom } from '../random';

export type QueryKind = 'name' | 'user' | 'serial';

export interface TypedQuery {
  kind: QueryKind;
  text: string;
}

const field: Record<QueryKind, (device: Device) => string | null> = {
  name: (d) => d.name,
  user: (d) => d.userPrincipalName,
  serial: (d) => d.serialNumber,
};

/**
 * Keystrokes of technicians searching, one query per key: a device name
 * typed from its start (up to 10 keys), a user's UPN typed from its start,
 * and a run of 6 characters from the middle of a serial (what a technician
 * reads off a label). The text is a real device's, so queries find something.
 */
export function typedQueries(devices: readonly Device[], count: number, seed = 7): TypedQuery[] {
  const random = seededRandom(seed);
  const queries: TypedQuery[] = [];
  const kinds: QueryKind[] = ['name', 'user', 'serial'];
  for (let session = 0; queries.length < count; session++) {
    const kind = kinds[session % kinds.length] as QueryKind;
    let value: string | null = null;
    while (value === null || value.length < 6) value = field[kind](pick(devices, random));
    const typed = kind === 'serial' ? value.slice(2, 8) : value.slice(0, 10);
    for (let keys = 1; keys <= typed.length && queries.length < count; keys++) queries.push({ kind, text: typed.slice(0, keys) });
  }
  return queries;
}

export function fieldOf(kind: QueryKind): (device: Device) => string | null {
  return field[kind];
}
