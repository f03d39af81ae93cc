import type { CaseId } from './options';

/**
 * How long each case takes with the full sizes on a quiet 2-core machine (the
 * lead's session-3 runs: 214 s for window, typing, device-list, search,
 * log-append and action together, 412 s for warm-start and the two reviews;
 * large-fleet, log-review-reopen and forwarding are estimates scaled from
 * their relatives), and the limit past which the bench gives up on a case, reports
 * it failed and goes on. A shared, loaded machine takes several times longer,
 * hence limits of four times the estimate and at least ten minutes.
 */
export const expectedSeconds: Record<CaseId, number> = {
  'device-list': 70,
  search: 15,
  window: 45,
  typing: 60,
  'warm-start': 90,
  'large-fleet': 600, // 500,000 devices: five times device-list's loads, the 500,000-device window
  'large-search': 300, // building and loading the 500,000-device tenant once, then the search case (its baseline: about 60 ms a query)
  'log-append': 15,
  'log-review': 200, // generating the 1,000,000 entries (about 90 s) included
  'log-review-chains': 120,
  'log-review-reopen': 130, // its own 1,000,000 entries generated, two first opens, the re-opens
  action: 10,
  forwarding: 100, // the 100,000-entry log's filling and its runs added in session 11
};

/** Starting the 100,000-device demo tenant and loading its fleet, before the first case. */
export const setupSeconds = 20;

export function limitSeconds(id: CaseId): number {
  return Math.max(600, 4 * expectedSeconds[id]);
}

/** The plan as `--list` prints it: each case, its estimate and its limit, and the total. */
export function describePlan(ids: readonly CaseId[]): string {
  const width = Math.max(...ids.map((id) => id.length));
  const lines = ids.map((id) => `  ${id.padEnd(width)}  about ${String(expectedSeconds[id]).padStart(3)} s on a quiet machine; given up after ${limitSeconds(id)} s`);
  const total = setupSeconds + ids.reduce((n, id) => n + expectedSeconds[id], 0);
  const worst = setupSeconds + ids.reduce((n, id) => n + limitSeconds(id), 0);
  return [...lines, `  total about ${Math.round(total / 60)} min quiet (setup ${setupSeconds} s included); at most ${Math.round(worst / 60)} min if every case ran to its limit`].join('\n');
}

/** Resolves with the case's rows, or rejects once its limit has passed (the case's own work is then abandoned). */
export function withinLimit<T>(id: CaseId, work: Promise<T>): Promise<T> {
  const seconds = limitSeconds(id);
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${seconds} s (about ${expectedSeconds[id]} s expected on a quiet machine); abandoned`)), seconds * 1000);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
