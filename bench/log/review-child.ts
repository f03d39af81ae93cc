import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { reviewLogs } from '../../main/action-log/action-log';
import { createCacheStore } from '../../main/action-log/review-cache/cache-store';
import { createReviewCache } from '../../main/action-log/review-cache/review-cache';
import { createProcessSecretStore } from '../../test/support/process-secret-store';

/**
 * One measured review, alone in its own process so its peak RSS is its own
 * (ours and the baseline never share a heap). Timed inside the child, from
 * the first read to the result, so Node's start-up is not in the figure.
 */
export interface ReviewChildResult {
  ms: number;
  maxRssBytes: number;
  lines: number;
  rows: number;
  findings: number;
  /** Chains the review found verified (ours only). */
  verifiedChains: number;
  /** Entries taken from the review cache (ours with a cache only). */
  reusedEntries: number;
  /**
   * How late this thread's event loop ran during the review (ours only; 0 for the baseline): the app
   * calls reviewLogs on Electron's main process, whose loop serves the window's IPC and menus.
   */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

// The bench's stand-in for safeStorage: a fixed key, so each review process finds the cache key the one before saved.
const benchSecrets = createProcessSecretStore(Buffer.alloc(32, 0x5c));

/** The folder itself, or its subfolders when it holds one log folder per machine (the many-chains case). */
function logFoldersOf(folder: string): string[] {
  const subfolders = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(folder, entry.name));
  return subfolders.length > 0 ? subfolders.sort() : [folder];
}

/** The baseline: read each month file, split it into lines, `JSON.parse` each line. Nothing else. */
async function readAndParse(folder: string): Promise<{ lines: number }> {
  const files = readdirSync(folder).filter((name) => /^actions-\d{4}-\d{2}\.jsonl$/.test(name)).sort();
  let lines = 0;
  for (const name of files) {
    let rest = '';
    for await (const chunk of createReadStream(path.join(folder, name), { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      const parts = (rest + (chunk as string)).split('\n');
      rest = parts.pop() ?? '';
      for (const part of parts) {
        if (part === '') continue;
        JSON.parse(part);
        lines++;
      }
    }
    if (rest !== '') {
      JSON.parse(rest);
      lines++;
    }
  }
  return { lines };
}

/**
 * This process's peak RSS. On Linux, VmHWM of /proc/self/status: the
 * high-water mark of this program's own memory. `resourceUsage().maxRSS`
 * is not: the kernel carries it over from the forked copy of the parent
 * (the bench, holding the whole fleet) across exec.
 */
function peakRssBytes(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS * 1024;
}

export async function runReviewChild(side: 'ours' | 'baseline', folder: string, cacheDir: string | null = null): Promise<ReviewChildResult> {
  const started = performance.now();
  // 10 ms resolution: the histogram's own timer; a delay is how much later than that it fired.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let result: Omit<ReviewChildResult, 'ms' | 'maxRssBytes' | 'loopDelayP99Ms' | 'loopDelayMaxMs'>;
  const folders = logFoldersOf(folder);
  if (side === 'baseline') {
    let lines = 0;
    for (const one of folders) lines += (await readAndParse(one)).lines;
    result = { lines, rows: 0, findings: 0, verifiedChains: 0, reusedEntries: 0 };
  } else {
    const cache = cacheDir === null ? null : createReviewCache({ store: createCacheStore({ folder: cacheDir, secrets: benchSecrets }), appVersion: 'bench' });
    loop.enable();
    const reviewed = await reviewLogs(folders, { cache }); // as the app's review service calls it
    loop.disable();
    if (!reviewed.ok) throw new Error(reviewed.error.message);
    const { files, rows, chains } = reviewed.value;
    result = {
      lines: files.reduce((sum, file) => sum + file.lines, 0),
      rows: rows.length,
      findings: files.reduce((sum, file) => sum + file.findingCount, 0),
      verifiedChains: chains.filter((chain) => chain.integrity.status === 'verified').length,
      reusedEntries: reviewed.value.reusedEntries ?? 0,
    };
  }
  const ms = performance.now() - started;
  const delay = (nanoseconds: number) => (loop.count > 0 ? Math.max(0, nanoseconds / 1e6 - 10) : 0);
  return { ms, maxRssBytes: peakRssBytes(), ...result, loopDelayP99Ms: delay(loop.percentile(99)), loopDelayMaxMs: delay(loop.max) };
}
