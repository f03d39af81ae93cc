import { createDeviceIndex } from '../../shared/devices/device-search';
import type { BenchContext } from '../context';
import { interleave } from '../interleave';
import { ms, type CaseRow } from '../report';
import { median, pairedRatio, percentile, round } from '../stats';
import { fieldOf, typedQueries, type TypedQuery } from './search-queries';

interface QueryRun {
  p50: number;
  p95: number;
  max: number;
  matches: number;
}

function summarise(times: number[], matches: number): QueryRun {
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: Math.max(...times), matches };
}

/**
 * Search as you type over the whole fleet: the product's index
 * (shared/devices/device-search.ts), one `search` per keystroke, timed per
 * query. The baseline is the code one would write first: `Array.filter` with
 * `includes` over the one field the query is about, case-sensitive (so it
 * does less than ours: no folding, one field instead of six).
 */
export async function searchCase(ctx: BenchContext, id = 'search'): Promise<CaseRow[]> {
  const devices = ctx.fleet.flat();
  const queries: TypedQuery[] = typedQueries(devices, ctx.options.sizes.searchQueries);
  const index = createDeviceIndex();
  const buildStarted = performance.now();
  for (const page of ctx.fleet) index.add(page);
  const buildMs = performance.now() - buildStarted;
  // Each query's time in every run and its match count: which keystrokes make the tail (the profile in docs/benchmarks.md).
  const perQuery = queries.map(() => [] as number[]);
  const matchesOf = queries.map(() => 0);

  const runs = await interleave(
    ctx.options.sizes.reps,
    () =>
      ctx.profiled('search', async () => {
        const times: number[] = [];
        let matches = 0;
        queries.forEach((query, k) => {
          const started = performance.now();
          const found = index.search({ text: query.text });
          const took = performance.now() - started;
          times.push(took);
          perQuery[k]?.push(took);
          matchesOf[k] = found.length;
          matches += found.length;
        });
        return summarise(times, matches);
      }),
    async () => {
      const times: number[] = [];
      let matches = 0;
      for (const query of queries) {
        const read = fieldOf(query.kind);
        const started = performance.now();
        const found = devices.filter((device) => read(device)?.includes(query.text) ?? false);
        times.push(performance.now() - started);
        matches += found.length;
      }
      return summarise(times, matches);
    },
    ctx.progress('search'),
  );
  const p50 = median(runs.ours.map((r) => r.p50));
  const p95 = median(runs.ours.map((r) => r.p95));
  const baseP50 = median(runs.baseline.map((r) => r.p50));
  const baseP95 = median(runs.baseline.map((r) => r.p95));
  return [
    {
      id,
      name: `search as you type, ${devices.length.toLocaleString('en-US')} devices (name prefix, user, serial substring): ${queries.length} queries`,
      ours: `p50 ${ms(p50, 2)} / p95 ${ms(p95, 2)}`,
      baseline: `p50 ${ms(baseP50, 2)} / p95 ${ms(baseP95, 2)}`,
      ratio: round(pairedRatio(runs.ours.map((r) => r.p95), runs.baseline.map((r) => r.p95))),
      target: 'p95 < 16 ms',
      met: p95 < 16,
      values: {
        ours: runs.ours.map((r) => ({ p50: round(r.p50, 3), p95: round(r.p95, 3), max: round(r.max, 3) })),
        baseline: runs.baseline.map((r) => ({ p50: round(r.p50, 3), p95: round(r.p95, 3), max: round(r.max, 3) })),
        indexBuildMs: round(buildMs),
        // The search structures beside the devices (typed arrays, pair sets, stored texts): part of the window's heap budget.
        indexMB: round(index.bytes() / 1e6, 1),
        slowestQueries: queries
          .map((query, k) => ({ ...query, matches: matchesOf[k], medianMs: round(median(perQuery[k] ?? []), 3) }))
          .sort((a, b) => b.medianMs - a.medianMs)
          .slice(0, 15),
        ourMatches: runs.ours[0]?.matches,
        queries,
      },
    },
  ];
}
