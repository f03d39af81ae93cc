/**
 * Deterministic randomness for the fleet. Each device gets its own stream,
 * keyed by (seed, stream, index), so device #n is the same whatever the fleet
 * size and no device's draws depend on how many its neighbours made. sfc32 has
 * 128 bits of state, so streams do not collide the way a 32-bit PRNG's would.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(table: readonly (readonly [T, number])[]): T;
}

export function hashString(text: string): number {
  // FNV-1a: enough to turn a stream name into 32 bits.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRandom(seed: number, stream: string, index = 0): Random {
  let a = seed >>> 0;
  let b = hashString(stream);
  let c = index >>> 0;
  let d = Math.floor(index / 0x1_0000_0000) ^ 0x9e3779b9;
  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Nearby seeds start from nearby states: stir before the first draw.
  for (let i = 0; i < 12; i++) next32();

  const next = (): number => next32() / 0x1_0000_0000;
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(items.length)] as (typeof items)[number];
    },
    weighted: (table) => {
      const total = table.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [value, weight] of table) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = table[table.length - 1];
      if (!last) throw new RangeError('weighted pick from an empty table');
      return last[0];
    },
  };
}
