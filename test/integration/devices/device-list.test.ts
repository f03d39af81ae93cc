import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/ipc/contract';
import { deviceSchema } from '../../../shared/devices/device';
import { eventOnWire, readTextEvent } from '../../../shared/ipc/text-events';
import { DEMO_TECHNICIANS } from '../../../main/demo-tenant';
import { useHarness, type Harness } from '../../support/action-harness';

/** The device list over real HTTP: every device once, page by page, through token expiry and dropped connections. */
const start = useHarness({ tenant: { deviceCount: 2_600 } });

type Progress = EventPayload<'devicesProgress'>;

/** Loads the list; `onFirstPage` runs as the first page arrives, to break something mid-list. */
async function load(h: Harness, onFirstPage: () => void = () => undefined): Promise<Progress[]> {
  const pages: Progress[] = [];
  let loadId = '';
  const stop = h.events.listen((event, payload) => {
    if (event !== 'devicesProgress') return;
    const progress = payload as Progress;
    if (progress.loadId !== loadId) return;
    if (pages.push(progress) === 1) onFirstPage();
  });
  loadId = h.devices.load().loadId;
  await h.waitFor('devicesProgress', (p) => p.loadId === loadId && p.done);
  stop();
  return pages;
}

const idsOf = (pages: Progress[]) => pages.flatMap((p) => p.devices.map((d) => d.id));

describe('loading the device list', () => {
  it('gets every device exactly once, a Graph page as events of 250 devices, each with only its own devices', async () => {
    const h = await start();
    const pages = await load(h);
    const ids = idsOf(pages);
    expect(ids).toHaveLength(h.tenant.control.deviceCount());
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.map((p) => p.devices.length)).toEqual([...Array(10).fill(250), 100]);
    expect(pages.map((p) => p.loaded)).toEqual([250, 500, 750, 1_000, 1_250, 1_500, 1_750, 2_000, 2_250, 2_500, 2_600]);
    expect(pages.map((p) => p.done)).toEqual([...Array(10).fill(false), true]);
    expect(pages.every((p) => p.error === null)).toBe(true);
    // Devices cross IPC as the contract says, decision included.
    expect(pages[0]?.devices.every((d) => deviceSchema.safeParse(d).success)).toBe(true);
    // What the doors send: the page's text as main wrote it once, read back by the window's check as the same page.
    for (const page of pages) {
      const wire = eventOnWire('devicesProgress', page);
      expect(typeof wire).toBe('string');
      expect(readTextEvent('devicesProgress', wire as string)).toEqual({ kind: 'event', payload: page });
    }
  });

  it("tells the list's size from Intune's count on every fresh page, so the window can say N of M", async () => {
    const h = await start();
    const pages = await load(h);
    expect(pages.map((p) => p.total)).toEqual(Array(pages.length).fill(2_600));
  });

  it("keeps every device's times as Date reads Graph's text, the last days of a month included", async () => {
    const h = await start();
    const devices = (await load(h)).flatMap((p) => p.devices);
    // What the tenant sent, read here over plain HTTP, each time the long way (a Date round trip).
    const token = h.tenant.control.issueToken({ ...DEMO_TECHNICIANS[0]! });
    const sent = new Map<string, { lastSyncDateTime: string; enrolledDateTime: string }>();
    for (let next: string | undefined = `${h.tenant.url}/beta/deviceManagement/managedDevices?$select=id,lastSyncDateTime,enrolledDateTime`; next; ) {
      const page = (await (await fetch(next, { headers: { authorization: `Bearer ${token}` } })).json()) as { value: { id: string; lastSyncDateTime: string; enrolledDateTime: string }[]; '@odata.nextLink'?: string };
      for (const raw of page.value) sent.set(raw.id, raw);
      next = page['@odata.nextLink'];
    }
    const longWay = (text: string) => new Date(Date.parse(text)).toISOString();
    let lastDays = 0;
    for (const device of devices) {
      const raw = sent.get(device.id);
      expect(raw, device.id).toBeDefined();
      expect([device.lastSyncDateTime, device.enrolledDateTime], device.id).toEqual([longWay(raw!.lastSyncDateTime), longWay(raw!.enrolledDateTime)]);
      if (Number(raw!.lastSyncDateTime.slice(8, 10)) > 28) lastDays++;
    }
    expect(devices).toHaveLength(sent.size);
    // The 29th to the 31st were met, so the fast path for them was tried against Date.
    expect(lastDays).toBeGreaterThan(100);
  });

  it('tolerates an empty page with a nextLink', async () => {
    const h = await start();
    const pages = await load(h, () => h.tenant.control.faults.next({ route: 'list', kind: 'emptyPageWithNextLink' }));
    expect(new Set(idsOf(pages)).size).toBe(h.tenant.control.deviceCount());
    expect(pages.at(-1)).toMatchObject({ done: true, error: null });
  });

  it('renews the token on a 401 mid-list and completes', async () => {
    const h = await start();
    const pages = await load(h, () => h.tenant.control.expireAllTokens());
    expect(new Set(idsOf(pages)).size).toBe(h.tenant.control.deviceCount());
    expect(pages.at(-1)).toMatchObject({ done: true, error: null });
    expect(h.tokens.forcedRefreshes).toBe(1);
  });

  it('completes the list when a dropped connection mid-list is retried', async () => {
    const h = await start();
    const pages = await load(h, () => h.tenant.control.faults.next({ route: 'list', kind: 'drop' }));
    const ids = idsOf(pages);
    expect(ids).toHaveLength(h.tenant.control.deviceCount());
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.at(-1)).toMatchObject({ done: true, error: null });
  });

  it('ends in a clear error, never a silently short list, when the connection keeps dropping', async () => {
    const h = await start({ graph: { retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 } } });
    const pages = await load(h, () => h.tenant.control.faults.next({ route: 'list', kind: 'drop', times: 3 }));
    const last = pages.at(-1);
    expect(last).toMatchObject({ done: true, loaded: 1_000, devices: [], error: { code: 'network_error' } });
    expect(last?.error?.message).toMatch(/^The device list could not be loaded completely \(1000 devices read\)/);
    expect(pages.filter((p) => p.error === null).every((p) => !p.done)).toBe(true);
  });

  it('reads one device fresh, and says when it no longer exists', async () => {
    const h = await start();
    const id = h.tenant.control.deviceId('DEMO-AE-COPE-13');
    const fresh = await h.devices.getFresh(id);
    expect(fresh).toMatchObject({ ok: true, value: { id, name: 'DEMO-AE-COPE-13', decision: { eligible: true, mode: 'android_enterprise_corporate_work_profile' } } });
    h.tenant.control.deleteDevice(id);
    expect(await h.devices.getFresh(id)).toMatchObject({ ok: false, error: { code: 'not_found', message: 'This device no longer exists in Intune. Refresh the list; if it was re-enrolled it has a new entry.', say: { code: 'deviceGone', params: {} } } });
  });

  it('checks before an action on the device as Graph has it now, not as the list had it', async () => {
    const h = await start();
    await load(h);
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    // Deleted after the list was read: main kept no copy to run the checks on, so it asks Graph and says so.
    h.tenant.control.deleteDevice(id);
    expect(await h.devices.preflight(id)).toMatchObject({ ok: false, error: { code: 'not_found', say: { code: 'deviceGone' } } });
  });

  it('asks Graph once when the window wants the same device twice at once (opening it asks for the device and its checks)', async () => {
    const h = await start();
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    const before = h.tenant.control.counters.requests('device');
    const [a, b] = await Promise.all([h.devices.getFresh(id), h.devices.getFresh(id)]);
    expect(a).toMatchObject({ ok: true, value: { id } });
    expect(b).toEqual(a);
    expect(h.tenant.control.counters.requests('device')).toBe(before + 1);
    // Once answered, the next read is a fresh one.
    await h.devices.getFresh(id);
    expect(h.tenant.control.counters.requests('device')).toBe(before + 2);
  });
});
