import { fork } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BenchContext } from '../context';
import { interleave } from '../interleave';
import { generateLog } from '../log/generate-log';
import type { ReviewChildResult } from '../log/review-child';
import { ENTRIES_PER_ACTION } from '../log/sample-entries';
import { mb, ms, type CaseRow } from '../report';
import { median, pairedRatio, round } from '../stats';

function reviewInChild(side: 'ours' | 'baseline', folder: string, profileDir: string | null): Promise<ReviewChildResult> {
  const execArgv = profileDir === null ? [] : ['--cpu-prof', '--cpu-prof-dir', profileDir];
  const child = fork(__filename, ['--role', 'review', '--side', side, '--folder', folder], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let answer: ReviewChildResult | null = null;
    child.once('message', (message) => (answer = message as ReviewChildResult));
    child.once('exit', (code) => (answer && code === 0 ? resolve(answer) : reject(new Error(`the ${side} review process exited with ${code}`))));
  });
}

/**
 * Offline review of a large log: the product's `reviewLogs` (stream, parse
 * with the schema, check every hash, signature and the chain, fold into one
 * row per action) against reading, splitting and `JSON.parse` of the same
 * files. Each run is its own process, for an honest peak RSS. The log is
 * generated once per bench run (see log/generate-log.ts).
 */
export async function logReviewCase(ctx: BenchContext): Promise<CaseRow[]> {
  const entries = ctx.options.sizes.reviewEntries;
  const log = await generateLog(path.join(ctx.scratch, 'review-log'), entries, ctx.fleet.flat(), ctx.tenant.technician, ctx.tenant.tenantId);
  ctx.progress('log review')(`generated ${entries.toLocaleString('en-US')} entries, ${mb(log.bytes)} in ${log.files} files, in ${ms(log.ms)}`);
  const profileDir = ctx.options.profile ? path.join(ctx.root, 'bench', 'results', 'profiles') : null;
  const runs = await interleave(
    ctx.options.sizes.reps,
    () => reviewInChild('ours', log.folder, profileDir),
    () => reviewInChild('baseline', log.folder, null),
    ctx.progress('log review'),
  );
  if (profileDir !== null) {
    // `--cpu-prof` names files CPU.<date>.<time>.<pid>...: the newest is our last run's.
    const newest = readdirSync(profileDir).filter((name) => name.startsWith('CPU.')).map((name) => path.join(profileDir, name)).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs).at(-1);
    if (newest) ctx.noteProfile('log-review', newest);
  }
  const lines = log.lines; // entries, a header per month file, the seals
  for (const run of runs.ours) {
    if (run.findings !== 0) throw new Error(`the review found ${run.findings} problems in the generated log: the generator is wrong`);
    if (run.lines !== lines || run.rows !== log.actions) throw new Error(`the review read ${run.lines} lines and ${run.rows} actions, not ${lines} and ${log.actions}`);
  }
  for (const run of runs.baseline) if (run.lines !== lines) throw new Error(`the baseline read ${run.lines} lines, not ${lines}`);
  const ours = median(runs.ours.map((r) => r.ms));
  const rss = median(runs.ours.map((r) => r.maxRssBytes));
  const baseline = median(runs.baseline.map((r) => r.ms));
  const baseRss = median(runs.baseline.map((r) => r.maxRssBytes));
  const ratio = pairedRatio(runs.ours.map((r) => r.ms), runs.baseline.map((r) => r.ms));
  const misses = [ratio > 2 ? 'ratio' : '', ours >= 5000 ? 'time' : '', rss >= 2 ** 30 ? 'RSS' : ''].filter(Boolean);
  return [
    {
      id: 'log-review',
      name: `action log review, ${entries.toLocaleString('en-US')} entries (open + verify chain and signatures + fold)`,
      ours: `${ms(ours)}, peak RSS ${mb(rss)}`,
      baseline: `${ms(baseline)}, peak RSS ${mb(baseRss)}`,
      ratio: round(ratio),
      target: 'ratio <= 2.0; < 5 s; RSS < 1 GB',
      met: misses.length === 0,
      ...(misses.length > 0 ? { note: `missed: ${misses.join(', ')}` } : {}),
      values: {
        oursMs: runs.ours.map((r) => round(r.ms)),
        baselineMs: runs.baseline.map((r) => round(r.ms)),
        oursMaxRssBytes: runs.ours.map((r) => r.maxRssBytes),
        baselineMaxRssBytes: runs.baseline.map((r) => r.maxRssBytes),
        perEntryUs: round((1000 * ours) / entries, 1),
        log: { entries, actions: log.actions, files: log.files, bytes: log.bytes, generatedMs: round(log.ms), entriesPerAction: ENTRIES_PER_ACTION },
      },
    },
  ];
}
