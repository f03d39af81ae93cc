import { describe, expect, it } from 'vitest';
import { createEventHub } from '../../../../main/base/events';
import { silentLogger } from '../../../../main/base/logger';
import { createDeviceService } from '../../../../main/devices/device-service';
import type { GraphClient, GraphPage } from '../../../../main/graph/graph-client';
import type { EventPayload } from '../../../../shared/ipc/contract';

/** The device service's progress events over a scripted list of Graph pages (the HTTP path is in test/integration/devices). */
type Progress = EventPayload<'devicesProgress'>;

function graphOf(pages: Array<Omit<GraphPage, 'requestId'>>): GraphClient {
  return {
    async *listManagedDevices() {
      for (const page of pages) yield { ...page, requestId: null };
    },
  } as Partial<GraphClient> as GraphClient;
}

const devices = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: `d${from + i}`, deviceName: `PHONE-${from + i}` }));

async function progressOf(pages: Array<Omit<GraphPage, 'requestId'>>): Promise<Progress[]> {
  const events = createEventHub();
  const seen: Progress[] = [];
  events.listen((event, payload) => {
    if (event === 'devicesProgress') seen.push(payload as Progress);
  });
  const service = createDeviceService({ graph: graphOf(pages), events, logger: silentLogger });
  service.load();
  await service.idle();
  service.close();
  return seen;
}

describe("the device list's size in progress events", () => {
  it("carries Intune's count while what was read has not passed it, then none", async () => {
    const seen = await progressOf([
      { items: devices(0, 300), loaded: 300, last: false, total: 500 },
      { items: devices(300, 300), loaded: 600, last: true, total: 500 },
    ]);
    expect(seen.map((p) => [p.loaded, p.total])).toEqual([[250, 500], [300, 500], [550, null], [600, null]]);
    expect(seen.at(-1)).toMatchObject({ done: true, error: null });
  });

  it('sends no size when Graph told none', async () => {
    const seen = await progressOf([{ items: devices(0, 10), loaded: 10, last: true, total: null }]);
    expect(seen).toEqual([expect.objectContaining({ loaded: 10, total: null, done: true })]);
  });
});
