import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

/**
 * A Chromium trace of the page (the Performance panel's categories: tasks, events, style, layout,
 * paint, GC, V8 samples), written as a JSON trace that DevTools and chrome://tracing open. The
 * typing case takes one of its last run's load when PASSCODE_DESK_TRACE names a file: traces count
 * the work (style recalcs, layouts, paints, GCs and their sizes), which a shared machine's wall
 * times cannot show (docs/benchmarks.md "Issue 19 session 10: typing while loading").
 */
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
  'toplevel',
];

export async function startPageTrace(page: Page): Promise<{ stop(file: string): Promise<void> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: categories } });
  return {
    async stop(file) {
      const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!)));
      await cdp.send('Tracing.end');
      const handle = await done;
      mkdirSync(path.dirname(file), { recursive: true });
      const out = createWriteStream(file);
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
        out.write(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64') : chunk.data);
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle });
      await new Promise<void>((resolve) => out.end(resolve));
      await cdp.detach();
    },
  };
}
