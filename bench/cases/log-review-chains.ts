import path from 'node:path';
import type { BenchContext } from '../context';
import { generateLog } from '../log/generate-log';
import { measureReviews } from '../log/review-measure';
import { mb, ms, type CaseRow } from '../report';

/**
 * An admin's usual job: the logs of many machines at once. `chains` log
 * folders (each its own installation, key and chain) of `chainEntries`
 * entries, all reviewed together by `reviewLogs` (group by chain, chains
 * shared out among worker threads, verify links and seals, fold), beside
 * reading, splitting and `JSON.parse` of the same files on one thread.
 */
export async function logReviewChainsCase(ctx: BenchContext): Promise<CaseRow[]> {
  const { chains, chainEntries } = ctx.options.sizes;
  const parent = path.join(ctx.scratch, 'review-chains');
  let [lines, actions, bytes] = [0, 0, 0];
  const started = performance.now();
  for (let i = 0; i < chains; i++) {
    const log = await generateLog(path.join(parent, `machine-${String(i + 1).padStart(2, '0')}`), chainEntries, ctx.fleet.flat(), ctx.tenant.technician, ctx.tenant.tenantId);
    [lines, actions, bytes] = [lines + log.lines, actions + log.actions, bytes + log.bytes];
  }
  ctx.progress('log review, many chains')(`generated ${chains} chains of ${chainEntries.toLocaleString('en-US')} entries, ${mb(bytes)}, in ${ms(performance.now() - started)}`);
  const { row } = await measureReviews(ctx, 'log-review-chains', { folder: parent, lines, actions, chains }, 'log review, many chains');
  return [
    {
      id: 'log-review-chains',
      name: `action log review, ${chains} chains x ${chainEntries.toLocaleString('en-US')} entries (group by chain, verify links and seals, fold)`,
      ...row,
      values: { ...row.values, log: { chains, entriesPerChain: chainEntries, lines, actions, bytes } },
    },
  ];
}
