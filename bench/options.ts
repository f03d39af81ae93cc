import { parseArgs } from 'node:util';

/** Sizes of every case; `--quick` shrinks them so the whole bench takes under a minute (a smoke run, not the figures). */
export interface BenchSizes {
  devices: number;
  /** Devices of the largest tenants' case (large-fleet). */
  largeDevices: number;
  /** Devices of the small tenant the window case compares against. */
  smallDevices: number;
  reps: number;
  searchQueries: number;
  /** forwarding: pairs of appends (forwarding on, off) per run, each pair after the forwarder sent everything. */
  forwardingPairsPerRep: number;
  /** log-append: entries per run, each paired with the baseline's write+fsync of the same bytes (p99 needs thousands). */
  appendPairsPerRep: number;
  reviewEntries: number;
  /** The many-machines review: this many chains (installations) of `chainEntries` entries each. */
  chains: number;
  chainEntries: number;
  actionReps: number;
}

export interface BenchOptions {
  quick: boolean;
  /** Case ids to run (all when empty). */
  only: string[];
  sizes: BenchSizes;
  /** Write a V8 CPU profile of each of our measured runs of these cases (review runs in a child: its profile is that child's). */
  profile: boolean;
  /** `--list`: print the cases with their expected durations and limits, run nothing. */
  list: boolean;
}

export const caseIds = ['device-list', 'search', 'window', 'typing', 'warm-start', 'large-fleet', 'large-search', 'log-append', 'log-review', 'log-review-chains', 'log-review-reopen', 'action', 'forwarding'] as const;
export type CaseId = (typeof caseIds)[number];

/** Cases a full run leaves out (they repeat part of another case); `--only` runs them. */
export const onDemandCaseIds: readonly CaseId[] = ['large-search'];

const fullSizes: BenchSizes = {
  devices: 100_000,
  largeDevices: 500_000,
  smallDevices: 1_000,
  reps: 5,
  searchQueries: 200,
  forwardingPairsPerRep: 1_000,
  appendPairsPerRep: 2_000,
  reviewEntries: 1_000_000,
  chains: 50,
  chainEntries: 20_000,
  actionReps: 10,
};

const quickSizes: BenchSizes = {
  devices: 10_000,
  largeDevices: 50_000,
  smallDevices: 1_000,
  reps: 5,
  searchQueries: 200,
  forwardingPairsPerRep: 100,
  appendPairsPerRep: 200,
  reviewEntries: 2_000,
  chains: 10,
  chainEntries: 500,
  actionReps: 5,
};

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      reps: { type: 'string' },
      devices: { type: 'string' },
      'review-entries': { type: 'string' },
      profile: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const only = (values.only ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  for (const id of only) {
    if (!(caseIds as readonly string[]).includes(id)) throw new Error(`unknown case "${id}"; known: ${caseIds.join(', ')}`);
  }
  const sizes = { ...(values.quick ? quickSizes : fullSizes) };
  if (values.reps !== undefined) sizes.reps = Math.max(5, Number(values.reps)); // never fewer than five: a median of three is noise
  // The 500,000 list alone (`--only device-list --devices 500000`), without large-fleet's search and window.
  if (values.devices !== undefined) sizes.devices = Number(values.devices);
  if (values['review-entries'] !== undefined) sizes.reviewEntries = Number(values['review-entries']);
  return { quick: values.quick ?? false, only, sizes, profile: values.profile ?? false, list: values.list ?? false };
}
