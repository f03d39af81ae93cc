/**
 * Runs in the page before the app (Playwright `addInitScript`). It notes
 * when the last `devicesProgress` event (done: true) reaches the page, and
 * when the device grid first paints the whole list after that: the frame
 * after the grid's `aria-rowcount` says every device is in (the grid sets it
 * from the search results, so it changes in the same React commit as the rows).
 *
 * The event is spotted on the raw WebSocket frame, by its head and tail only
 * (a device page is a binary frame of its JSON, event-frames.ts): parsing the
 * page a second time here would delay the app's own handler and be counted in
 * the figure.
 */
export interface PaintProbe {
  loadedAt?: number;
  paintedAt?: number;
  devices?: number;
  rows?: number;
  /** Highest used JS heap sampled (every 50 ms) from sign-in to the paint. */
  peakHeapBytes?: number;
}

export function installPaintProbe(): void {
  const probe: PaintProbe = {};
  (window as unknown as { __benchProbe: PaintProbe }).__benchProbe = probe;

  // Chromium's performance.memory: cheap to read, so sampling it barely disturbs the page.
  const memory = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  const sampler = setInterval(() => (probe.peakHeapBytes = Math.max(probe.peakHeapBytes ?? 0, memory())), 50);

  const painted = (grid: Element) => {
    // A rAF callback runs before the frame is painted; a task queued from it runs after that paint.
    requestAnimationFrame(() =>
      setTimeout(() => {
        probe.paintedAt = performance.now();
        probe.rows = grid.querySelectorAll('[role="row"]').length;
        probe.peakHeapBytes = Math.max(probe.peakHeapBytes ?? 0, memory());
        clearInterval(sampler);
      }, 0),
    );
  };
  const watchGrid = () => {
    const complete = () => {
      const grid = document.getElementById('device-grid');
      if (grid === null || grid.getAttribute('aria-rowcount') !== String((probe.devices ?? -2) + 1)) return false;
      painted(grid);
      return true;
    };
    if (complete()) return;
    const observer = new MutationObserver(() => {
      if (complete()) observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-rowcount'] });
  };

  // A device page is a binary frame, "devicesProgress\n" then the page's JSON (event-frames.ts);
  // its end says whether it is the last one. Returns the end of such a frame, else null.
  const pageHead = 'devicesProgress\n';
  const lastPageTail = (data: unknown): string | null => {
    if (!(data instanceof ArrayBuffer) || data.byteLength < pageHead.length) return null;
    if (new TextDecoder().decode(new Uint8Array(data, 0, pageHead.length)) !== pageHead) return null;
    const from = Math.max(pageHead.length, data.byteLength - 200);
    return new TextDecoder().decode(new Uint8Array(data, from));
  };
  const Native = window.WebSocket;
  class ProbedWebSocket extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      // Registered before the bridge sets `onmessage`, so it runs first, as the frame arrives.
      this.addEventListener('message', (message: MessageEvent) => {
        if (probe.loadedAt !== undefined) return;
        const at = performance.now();
        const tail = lastPageTail(message.data);
        if (tail === null) return;
        const loaded = /"loaded":(\d+)/.exec(tail);
        if (!/"done":true/.test(tail) || loaded === null) return;
        probe.loadedAt = at;
        probe.devices = Number(loaded[1]);
        watchGrid();
      });
    }
  }
  window.WebSocket = ProbedWebSocket;
}
