/** Order statistics for the bench. Medians and percentiles, never means: one GC pause or noisy neighbour must not move a figure. */

/** The value at fraction `p` (0..1) of the sorted samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * The median of ours/baseline over the interleaved pairs. Each pair ran back
 * to back, so a neighbour's load that drifts over minutes cancels out within
 * a pair; a ratio of the two medians would let it in.
 */
export function pairedRatio(ours: readonly number[], baseline: readonly number[]): number {
  return median(ours.map((value, i) => value / (baseline[i] as number)));
}
