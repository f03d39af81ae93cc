import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BenchContext } from '../context';
import { interleave } from '../interleave';
import { mb, ms, type CaseRow } from '../report';
import { median, pairedRatio, round } from '../stats';
import { reviewInChild } from './review-process';

/** What the generated logs hold, which every measured review must read back exactly. */
export interface ReviewedLogs {
  folder: string;
  lines: number;
  actions: number;
  /** Chains the review must find verified. */
  chains: number;
}

// Issue 19: with both cores, a review of a big log costs no more than one core reading and parsing it.
export const REVIEW_TARGET_RATIO = 1.0;
const RSS_LIMIT = 2 ** 30;

/**
 * The measurement both log-review cases share: interleaved runs of our
 * review and the baseline (each run its own process), each of ours checked
 * to have read every line and action with no finding, then medians, the
 * paired ratio and peak RSS against the targets.
 */
export async function measureReviews(ctx: BenchContext, id: string, logs: ReviewedLogs, progressName: string): Promise<{ row: Omit<CaseRow, 'id' | 'name'>; oursMs: number }> {
  const profileDir = ctx.options.profile ? path.join(ctx.root, 'bench', 'results', 'profiles') : null;
  const runs = await interleave(ctx.options.sizes.reps, () => reviewInChild('ours', logs.folder, profileDir), () => reviewInChild('baseline', logs.folder, null), ctx.progress(progressName));
  if (profileDir !== null) {
    // `--cpu-prof` names files CPU.<date>.<time>.<pid>.<thread>...: the newest is from our last run.
    const newest = readdirSync(profileDir).filter((name) => name.startsWith('CPU.')).map((name) => path.join(profileDir, name)).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs).at(-1);
    if (newest) ctx.noteProfile(id, newest);
  }
  for (const run of runs.ours) {
    if (run.findings !== 0 || run.verifiedChains !== logs.chains) throw new Error(`the review found ${run.findings} problems and ${run.verifiedChains} verified chains of ${logs.chains}: the generator is wrong`);
    if (run.lines !== logs.lines || run.rows !== logs.actions) throw new Error(`the review read ${run.lines} lines and ${run.rows} actions, not ${logs.lines} and ${logs.actions}`);
  }
  for (const run of runs.baseline) if (run.lines !== logs.lines) throw new Error(`the baseline read ${run.lines} lines, not ${logs.lines}`);
  const ours = median(runs.ours.map((r) => r.ms));
  const rss = median(runs.ours.map((r) => r.maxRssBytes));
  const ratio = pairedRatio(runs.ours.map((r) => r.ms), runs.baseline.map((r) => r.ms));
  const misses = [ratio > REVIEW_TARGET_RATIO ? 'ratio' : '', rss >= RSS_LIMIT ? 'RSS' : ''].filter(Boolean);
  return {
    oursMs: ours,
    row: {
      ours: `${ms(ours)}, peak RSS ${mb(rss)}, event loop delay p99 ${ms(median(runs.ours.map((r) => r.loopDelayP99Ms)))} / max ${ms(median(runs.ours.map((r) => r.loopDelayMaxMs)))}`,
      baseline: `${ms(median(runs.baseline.map((r) => r.ms)))}, peak RSS ${mb(median(runs.baseline.map((r) => r.maxRssBytes)))}`,
      ratio: round(ratio),
      target: `ratio <= ${REVIEW_TARGET_RATIO.toFixed(1)}; RSS < 1 GB`,
      met: misses.length === 0,
      ...(misses.length > 0 ? { note: `missed: ${misses.join(', ')}` } : {}),
      values: {
        oursMs: runs.ours.map((r) => round(r.ms)),
        baselineMs: runs.baseline.map((r) => round(r.ms)),
        oursMaxRssBytes: runs.ours.map((r) => r.maxRssBytes),
        // The calling thread's event loop during each of our reviews (in the app: Electron's main process).
        oursLoopDelayP99Ms: runs.ours.map((r) => round(r.loopDelayP99Ms)),
        oursLoopDelayMaxMs: runs.ours.map((r) => round(r.loopDelayMaxMs)),
        baselineMaxRssBytes: runs.baseline.map((r) => r.maxRssBytes),
      },
    },
  };
}
