import path from 'node:path';
import type { BenchContext } from '../context';
import { interleave } from '../interleave';
import { generateLog } from '../log/generate-log';
import { mb, ms, type CaseRow } from '../report';
import { median, pairedRatio, round } from '../stats';
import { reviewInChild } from './log-review';

/**
 * An admin's usual job: the logs of many machines at once. `chains` log
 * folders (each its own installation, key and chain) of `chainEntries`
 * entries, all reviewed together by `reviewLogs` (group by chain, verify each
 * chain and its seals, fold), beside reading, splitting and `JSON.parse` of
 * the same files, in the same run. Each side runs in its own process.
 */
export async function logReviewChainsCase(ctx: BenchContext): Promise<CaseRow[]> {
  const { chains, chainEntries } = ctx.options.sizes;
  const parent = path.join(ctx.scratch, 'review-chains');
  const progress = ctx.progress('log review, many chains');
  let lines = 0;
  let actions = 0;
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < chains; i++) {
    const log = await generateLog(path.join(parent, `machine-${String(i + 1).padStart(2, '0')}`), chainEntries, ctx.fleet.flat(), ctx.tenant.technician, ctx.tenant.tenantId);
    lines += log.lines;
    actions += log.actions;
    bytes += log.bytes;
  }
  progress(`generated ${chains} chains of ${chainEntries.toLocaleString('en-US')} entries, ${mb(bytes)}, in ${ms(performance.now() - started)}`);
  const runs = await interleave(ctx.options.sizes.reps, () => reviewInChild('ours', parent, null), () => reviewInChild('baseline', parent, null), progress);
  for (const run of runs.ours) {
    if (run.findings !== 0 || run.verifiedChains !== chains) throw new Error(`the review found ${run.findings} problems and ${run.verifiedChains} verified chains of ${chains}: the generator is wrong`);
    if (run.lines !== lines || run.rows !== actions) throw new Error(`the review read ${run.lines} lines and ${run.rows} actions, not ${lines} and ${actions}`);
  }
  for (const run of runs.baseline) if (run.lines !== lines) throw new Error(`the baseline read ${run.lines} lines, not ${lines}`);
  const ours = median(runs.ours.map((r) => r.ms));
  const baseline = median(runs.baseline.map((r) => r.ms));
  const rss = median(runs.ours.map((r) => r.maxRssBytes));
  const baseRss = median(runs.baseline.map((r) => r.maxRssBytes));
  const ratio = pairedRatio(runs.ours.map((r) => r.ms), runs.baseline.map((r) => r.ms));
  const misses = [ratio > 2 ? 'ratio' : '', rss >= 2 ** 30 ? 'RSS' : ''].filter(Boolean);
  return [
    {
      id: 'log-review-chains',
      name: `action log review, ${chains} chains x ${chainEntries.toLocaleString('en-US')} entries (group by chain, verify links and seals, fold)`,
      ours: `${ms(ours)}, peak RSS ${mb(rss)}`,
      baseline: `${ms(baseline)}, peak RSS ${mb(baseRss)}`,
      ratio: round(ratio),
      target: 'ratio <= 2.0; RSS < 1 GB',
      met: misses.length === 0,
      ...(misses.length > 0 ? { note: `missed: ${misses.join(', ')}` } : {}),
      values: {
        oursMs: runs.ours.map((r) => round(r.ms)),
        baselineMs: runs.baseline.map((r) => round(r.ms)),
        oursMaxRssBytes: runs.ours.map((r) => r.maxRssBytes),
        baselineMaxRssBytes: runs.baseline.map((r) => r.maxRssBytes),
        log: { chains, entriesPerChain: chainEntries, lines, actions, bytes },
      },
    },
  ];
}
