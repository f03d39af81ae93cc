import path from 'node:path';
import type { BenchContext } from '../context';
import { generateLog } from '../log/generate-log';
import { measureReviews } from '../log/review-measure';
import { ENTRIES_PER_ACTION } from '../log/sample-entries';
import { mb, ms, type CaseRow } from '../report';
import { round } from '../stats';

/**
 * Offline review of a large log: the product's `reviewLogs` (both cores:
 * stretches of the chain on worker threads; parse, check every line's link
 * and every seal's signature, fold into one row per action) against reading,
 * splitting and `JSON.parse` of the same files on one thread. The log is
 * generated once per bench run, in format 2 as the writer writes it
 * (see log/generate-log.ts).
 */
export async function logReviewCase(ctx: BenchContext): Promise<CaseRow[]> {
  const entries = ctx.options.sizes.reviewEntries;
  const log = await generateLog(path.join(ctx.scratch, 'review-log'), entries, ctx.fleet.flat(), ctx.tenant.technician, ctx.tenant.tenantId);
  ctx.progress('log review')(`generated ${entries.toLocaleString('en-US')} entries, ${mb(log.bytes)} in ${log.files} files, in ${ms(log.ms)}`);
  const { row, oursMs } = await measureReviews(ctx, 'log-review', { folder: log.folder, lines: log.lines, actions: log.actions, chains: 1 }, 'log review');
  return [
    {
      id: 'log-review',
      name: `action log review, ${entries.toLocaleString('en-US')} entries (open + verify every link and seal + fold)`,
      ...row,
      values: {
        ...row.values,
        perEntryUs: round((1000 * oursMs) / entries, 1),
        log: { entries, actions: log.actions, files: log.files, bytes: log.bytes, generatedMs: round(log.ms), entriesPerAction: ENTRIES_PER_ACTION },
      },
    },
  ];
}
