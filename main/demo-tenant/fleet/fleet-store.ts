import type { DemoDevice } from './device-record';

/**
 * The fleet in a fixed order. Deleting a device empties its slot instead of
 * removing it, so a page token (a position) taken before the delete still
 * points at the same devices after it: paging never skips or repeats one.
 */
export class FleetStore {
  private readonly slots: (DemoDevice | undefined)[];
  private readonly positions = new Map<string, number>();
  private live: number;

  constructor(devices: readonly DemoDevice[]) {
    this.slots = [...devices];
    devices.forEach((device, position) => this.positions.set(device.id, position));
    this.live = devices.length;
  }

  /** Positions, deleted ones included: the bound for `at`. */
  get length(): number {
    return this.slots.length;
  }

  /** Devices still enrolled. */
  get size(): number {
    return this.live;
  }

  at(position: number): DemoDevice | undefined {
    return this.slots[position];
  }

  get(id: string): DemoDevice | undefined {
    const position = this.positions.get(id.toLowerCase());
    return position === undefined ? undefined : this.slots[position];
  }

  /** Every enrolled device, in fleet order. */
  *all(): IterableIterator<DemoDevice> {
    for (const device of this.slots) if (device) yield device;
  }

  findByName(name: string): DemoDevice | undefined {
    return this.slots.find((device) => device?.deviceName === name);
  }

  delete(id: string): boolean {
    const position = this.positions.get(id.toLowerCase());
    if (position === undefined || !this.slots[position]) return false;
    this.slots[position] = undefined;
    this.live--;
    return true;
  }
}
