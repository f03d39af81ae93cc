/**
 * Deterministic randomness for the fleet. Each device gets its own stream,
 * keyed by (seed, stream, index), so device #n is the same whatever the fleet
 * size and no device's draws depend on how many its neighbours made. sfc32 has
 * 128 bits of state, so streams do not collide the way a 32-bit PRNG's would.
 * A class rather than closures: a 500,000-device fleet makes one per device.
 */
function hashString(text: string): number {
  // FNV-1a: enough to turn a stream name into 32 bits.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: string, index = 0) {
    this.a = seed >>> 0;
    this.b = hashString(stream);
    this.c = index >>> 0;
    this.d = Math.floor(index / 0x1_0000_0000) ^ 0x9e3779b9;
    // Nearby seeds start from nearby states: stir before the first draw.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 0x1_0000_0000;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of table) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of table) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = table[table.length - 1];
    if (!last) throw new RangeError('weighted pick from an empty table');
    return last[0];
  }
}

export function createRandom(seed: number, stream: string, index = 0): Random {
  return new Random(seed, stream, index);
}
