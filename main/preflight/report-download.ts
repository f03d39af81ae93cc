import type { Clock } from '../base/clock';

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
  if (!url) throw new Error('Intune gave a download link that is not https');
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
    if (!response.ok) throw new Error(`the report download answered ${response.status}`);
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > deps.maxBytes) throw new Error('the report is too large to read');
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > deps.maxBytes) throw new Error('the report is too large to read');
    return bytes;
  } catch (error) {
    if (timedOut) throw new Error(`the report download did not finish within ${Math.round(deps.timeoutMs / 1000)} s`);
    throw error;
  } finally {
    timer.abort();
    signal?.removeEventListener('abort', stop);
  }
}
