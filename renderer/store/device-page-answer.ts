import type { Device } from '../../shared/devices/device';
import type { TextEventWire } from '../../shared/ipc/contract';
import { readTextEvent, type TextEventReading } from '../../shared/ipc/text-events';

/**
 * How the page worker (device-page-worker.ts) answers with a page's devices
 * so that taking the answer in is cheap on the window's main thread (issue 19,
 * typing while the list loads; docs/benchmarks.md "Issue 19 session 8").
 *
 * A structured clone of 250 device objects rebuilt every object key by key on
 * the main thread (a task of 1-4 ms a page, more under load, plus the
 * garbage of objects the fleet's interner then copies again). Instead the
 * worker sends each distinct value of the page once (`values`, a plain array:
 * an OS version or a passcode decision repeated on 200 devices crosses once)
 * and, for every device, where each of its fields is in that table (`cells`,
 * an Int32Array whose buffer is moved, not copied). The main thread builds
 * each device as one object literal with every field, the shape the fleet's
 * interner gives it (shared/devices/device-interner.ts).
 */

type DevicePageReading = TextEventReading<'devicesProgress'>;
type Payload = Extract<DevicePageReading, { kind: 'event' }>['payload'];

/** A page of devices as the worker sends it: its event without devices, and its devices packed. */
export interface PackedPageAnswer {
  kind: 'packed';
  payload: Omit<Payload, 'devices'>;
  count: number;
  values: unknown[];
  cells: Int32Array;
}

/** Every field of a device, in the schema's order: one column of `cells` each. */
const fields = [
  'id',
  'name',
  'platform',
  'osVersion',
  'deviceType',
  'enrollmentType',
  'managementAgent',
  'ownerType',
  'userPrincipalName',
  'userDisplayName',
  'serialNumber',
  'imei',
  'model',
  'manufacturer',
  'lastSyncDateTime',
  'enrolledDateTime',
  'complianceState',
  'managementState',
  'isSupervised',
  'isSharedDevice',
  'decision',
] as const satisfies ReadonlyArray<keyof Device>;
// A field added to Device but not here would be dropped silently on the way to the window: refuse to compile.
type FieldsLeftOut = Exclude<keyof Device, (typeof fields)[number]>;
const everyFieldPacked: [FieldsLeftOut] extends [never] ? true : FieldsLeftOut = true;
void everyFieldPacked;
const width = fields.length;
const decisionColumn = fields.indexOf('decision');

/** The worker's answer to one page, and what it moves rather than copies. */
export function answerPage(wire: TextEventWire): { answer: DevicePageReading | PackedPageAnswer; transfer: Transferable[] } {
  const reading = readTextEvent('devicesProgress', wire);
  if (reading.kind !== 'event') return { answer: reading, transfer: [] };
  const { devices, ...payload } = reading.payload;
  const values: unknown[] = [];
  // Strings, booleans, null and undefined are their own keys; a decision is keyed by its JSON.
  const plainAt = new Map<unknown, number>();
  const decisionAt = new Map<string, number>();
  const cells = new Int32Array(devices.length * width);
  const place = <K>(known: Map<K, number>, key: K, value: unknown): number => {
    let at = known.get(key);
    if (at === undefined) {
      at = values.push(value) - 1;
      known.set(key, at);
    }
    return at;
  };
  devices.forEach((device, d) => {
    for (let f = 0; f < width; f++) {
      const value = device[fields[f]!];
      cells[d * width + f] = f === decisionColumn ? place(decisionAt, JSON.stringify(value), value) : place(plainAt, value, value);
    }
  });
  return { answer: { kind: 'packed', payload, count: devices.length, values, cells }, transfer: [cells.buffer] };
}

export function isPackedPage(data: unknown): data is PackedPageAnswer {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'packed';
}

/**
 * The page's reading from a packed answer, or null when the answer does not
 * hold together (a cell pointing outside the table, too few cells): the
 * caller then reads the page itself rather than trust it.
 */
export function unpackPage(answer: PackedPageAnswer): DevicePageReading | null {
  const { count, values, cells, payload } = answer;
  if (!Number.isInteger(count) || count < 0 || !Array.isArray(values) || !(cells instanceof Int32Array) || cells.length !== count * width) return null;
  if (typeof payload !== 'object' || payload === null) return null;
  for (let k = 0; k < cells.length; k++) if (cells[k]! < 0 || cells[k]! >= values.length) return null;
  const devices = new Array<Device>(count);
  const v = (d: number, f: number) => values[cells[d * width + f]!] as never;
  for (let d = 0; d < count; d++) {
    // One literal with every field, in the order of `fields`: every device gets one compact shape.
    devices[d] = {
      id: v(d, 0),
      name: v(d, 1),
      platform: v(d, 2),
      osVersion: v(d, 3),
      deviceType: v(d, 4),
      enrollmentType: v(d, 5),
      managementAgent: v(d, 6),
      ownerType: v(d, 7),
      userPrincipalName: v(d, 8),
      userDisplayName: v(d, 9),
      serialNumber: v(d, 10),
      imei: v(d, 11),
      model: v(d, 12),
      manufacturer: v(d, 13),
      lastSyncDateTime: v(d, 14),
      enrolledDateTime: v(d, 15),
      complianceState: v(d, 16),
      managementState: v(d, 17),
      isSupervised: v(d, 18),
      isSharedDevice: v(d, 19),
      decision: v(d, 20),
    };
  }
  return { kind: 'event', payload: { ...payload, devices } };
}
