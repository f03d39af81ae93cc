import type { Clock } from '../base/clock';
import { faultCause } from '../base/fault-cause';
import { CheckProblem } from './check-problem';

/**
 * Fetches a finished report from the link Intune gives (a signed storage
 * URL). Graph's token never goes there: the link carries its own signature,
 * and it points outside Graph. Only https is followed, or http to this machine
 * (the demo tenant); the answer is bounded in time and size.
 */
export interface DownloadDeps {
  fetch: typeof fetch;
  clock: Clock;
  timeoutMs: number;
  maxBytes: number;
}

function allowed(link: string): URL | null {
  try {
    const url = new URL(link);
    if (url.username || url.password) return null;
    if (url.protocol === 'https:') return url;
    return url.protocol === 'http:' && /^(127\.0\.0\.1|localhost|\[::1\])$/i.test(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

export async function downloadReport(deps: DownloadDeps, link: string, signal?: AbortSignal): Promise<Buffer> {
  const url = allowed(link);
  if (!url) throw new CheckProblem({ code: 'preflightReportLinkRefused', params: {} });
  const controller = new AbortController();
  const timer = new AbortController();
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  deps.clock.sleep(deps.timeoutMs, timer.signal).then(() => {
    timedOut = true;
    controller.abort();
  }, () => undefined);
  try {
    const response = await deps.fetch(url, { redirect: 'error', signal: controller.signal });
    if (!response.ok) throw new CheckProblem({ code: 'preflightReportDownloadStatus', params: { status: String(response.status) } });
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > deps.maxBytes) throw new CheckProblem({ code: 'preflightReportTooLarge', params: {} });
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > deps.maxBytes) throw new CheckProblem({ code: 'preflightReportTooLarge', params: {} });
    return bytes;
  } catch (error) {
    if (timedOut) throw new CheckProblem({ code: 'preflightReportDownloadLate', params: { seconds: String(Math.round(deps.timeoutMs / 1000)) } });
    if (error instanceof CheckProblem || signal?.aborted) throw error;
    // fetch's own text ("fetch failed") is English; the OS code under it is what the window can word.
    throw new CheckProblem({ code: 'preflightReportNotDownloaded', params: { cause: faultCause((error as Error).cause ?? error) } });
  } finally {
    timer.abort();
    signal?.removeEventListener('abort', stop);
  }
}
