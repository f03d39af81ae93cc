import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../main/base/logger';
import { createDeviceService, type DeviceService } from '../../../main/devices/device-service';
import { createEventHub } from '../../../main/base/events';
import { createGraphClient } from '../../../main/graph/graph-client';
import { createManualClock, startDemoTenant, type DemoTenant, type ManualClock } from '../../../main/demo-tenant';
import type { Preflight } from '../../../shared/devices/preflight';
import { demoTokenProvider } from '../../support/demo-token-provider';
import { createFakeClock, type FakeClock } from '../../support/fake-clock';
import { sharedText } from '../../../shared/i18n/catalogue';
import { word } from '../../../shared/messages/coded-message';

/** A loopback port that was just free: connecting to it is refused by the OS (a real ECONNREFUSED). */
async function portNobodyListensOn(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The checks before a passcode action, through the real Graph client over
 * HTTP against the demo tenant: the unlock-token report as an asynchronous
 * export job (create, poll, download a ZIP from a signed link), and the
 * passcode requirement from the device's compliance policy states. Time
 * moves only when the test moves it.
 */
const pollMs = 5_000;

interface Fixture {
  tenant: DemoTenant;
  tenantClock: ManualClock;
  clock: FakeClock;
  devices: DeviceService;
  downloads: Array<{ url: string; authorization: string | null }>;
}

let fixture: Fixture | null = null;
afterEach(async () => {
  fixture?.devices.close();
  await fixture?.tenant.close();
  fixture = null;
});

/** `linkTo` sends the report download elsewhere (a closed port, say); Graph's own requests are untouched. */
async function start(linkTo?: (url: URL) => URL): Promise<Fixture> {
  const tenantClock = createManualClock(Date.now());
  const tenant = await startDemoTenant({ deviceCount: 300, otherUsersActions: 0, clock: tenantClock });
  const clock = createFakeClock(Date.now());
  const graph = createGraphClient({ baseUrl: tenant.url, tokens: demoTokenProvider(tenant.control), logger: silentLogger, clock });
  const downloads: Fixture['downloads'] = [];
  const watchingFetch: typeof fetch = (input, init) => {
    downloads.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
    return fetch(linkTo ? linkTo(new URL(String(input))) : input, init);
  };
  const devices = createDeviceService({ graph, events: createEventHub(), logger: silentLogger, clock, reportPollMs: pollMs, fetch: watchingFetch });
  fixture = { tenant, tenantClock, clock, devices, downloads };
  return fixture;
}

/**
 * Runs the checks, moving the app's clock one poll interval at a time, and
 * only while the report is waiting between polls: HTTP answers come in real
 * time, and no request's own time limit is ever passed by the test.
 */
async function preflight(f: Fixture, name: string, stepMs = pollMs): Promise<Preflight> {
  let answer: Awaited<ReturnType<DeviceService['preflight']>> | undefined;
  void f.devices.preflight(f.tenant.control.deviceId(name)).then((a) => (answer = a));
  // Bounded by turns of the event loop, not by time: a hang fails the test instead of stalling the run.
  for (let turn = 0; answer === undefined; turn++) {
    if (turn > 200_000) throw new Error(`no answer; app clock timers pending in ${f.clock.pending().join(', ')}`);
    await nextTurn();
    if (!f.clock.pending().includes(stepMs)) continue;
    // Intune's time passes with the app's.
    f.tenantClock.advance(stepMs);
    await f.clock.advance(stepMs);
  }
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

describe('pre-flight checks against the demo tenant', () => {
  it('reads the unlock token of every Apple device from one export job: present, and missing where Intune has none', async () => {
    const f = await start();
    const healthy = await preflight(f, 'DEMO-IOS-18');
    expect(healthy.unlockToken).toMatchObject({ state: 'present', problem: null });
    expect(Date.parse(healthy.unlockToken.reportedAt ?? '')).not.toBeNaN();

    const missing = await preflight(f, 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN');
    expect(missing.unlockToken).toMatchObject({ state: 'missing', problem: null });
    const ipad = await preflight(f, 'DEMO-IPADOS-18');
    expect(ipad.unlockToken.state).toBe('present');

    // One job for the list: created once, polled until completed (three reads), downloaded once.
    const counters = f.tenant.control.counters;
    expect(counters.requests('exportJobCreate')).toBe(1);
    expect(counters.requests('exportJobRead')).toBe(3);
    expect(f.downloads).toHaveLength(1);
    // The signed storage link gets no Graph token.
    expect(f.downloads[0]).toMatchObject({ authorization: null });
    expect(f.downloads[0]!.url).toContain('sig=');
  });

  it('asks Intune again after the device list is loaded again', async () => {
    const f = await start();
    await preflight(f, 'DEMO-IOS-18');
    f.devices.load();
    await f.devices.idle();
    f.tenant.control.setTraits(f.tenant.control.deviceId('DEMO-IOS-18'), { unlockTokenPresent: false });
    expect((await preflight(f, 'DEMO-IOS-18')).unlockToken.state).toBe('missing');
    expect(f.tenant.control.counters.requests('exportJobCreate')).toBe(2);
  });

  it('says "could not check" when the export job fails, and still answers the passcode check', async () => {
    const f = await start();
    f.tenant.control.reports.set({ fail: true });
    const result = await preflight(f, 'DEMO-IOS-17');
    expect(result.unlockToken.state).toBe('couldNotCheck');
    expect(result.unlockToken.problem).toEqual({ code: 'preflightReportJobFailed', params: {} });
    expect(result.passcodeRequired.state).toBe('required');
  });

  it('says "could not check" when the job is refused, and when the download link has expired', async () => {
    const f = await start();
    f.tenant.control.faults.next({ route: 'exportJobCreate', kind: '500' });
    expect((await preflight(f, 'DEMO-IOS-17')).unlockToken.state).toBe('couldNotCheck');

    const g = await (async () => {
      fixture?.devices.close();
      await fixture?.tenant.close();
      return start();
    })();
    // The job completes after three polls (15 s); a link that lived 1 s has expired by then.
    g.tenant.control.reports.set({ linkLifetimeMs: 1_000 });
    const expired = await preflight(g, 'DEMO-IOS-17');
    expect(expired.unlockToken).toMatchObject({ state: 'couldNotCheck' });
    expect(expired.unlockToken.problem).toEqual({ code: 'preflightReportDownloadStatus', params: { status: '403' } });
  });

  it('says why the download failed as an OS code the window words, not as fetch\'s English', async () => {
    const closedPort = await portNobodyListensOn();
    const f = await start((url) => Object.assign(new URL(url), { port: String(closedPort) }));
    const result = await preflight(f, 'DEMO-IOS-17');
    expect(result.unlockToken.problem).toEqual({ code: 'preflightReportNotDownloaded', params: { cause: 'ECONNREFUSED' } });
    expect(word(sharedText.it.appMessages, result.unlockToken.problem!)).toBe(
      'non è stato possibile scaricare il report di Intune (la connessione è stata rifiutata, codice ECONNREFUSED)',
    );
    expect(result.passcodeRequired.state).toBe('required');
  });

  it('gives up on a job that never finishes within the deadline, without failing the other check', async () => {
    const f = await start();
    f.tenant.control.reports.set({ readsUntilDone: 1_000_000 });
    const result = await preflight(f, 'DEMO-IOS-17');
    expect(result.unlockToken.state).toBe('couldNotCheck');
    expect(result.unlockToken.problem).toEqual({ code: 'preflightReportNotReady', params: { minutes: '3' } });
    expect(result.passcodeRequired.state).toBe('required');
  });

  it('finds the compliance policy that requires a passcode, and says when there is none', async () => {
    const f = await start();
    const ios = await preflight(f, 'DEMO-IOS-17');
    expect(ios.passcodeRequired).toEqual({ state: 'required', policyName: 'Device passcode required', problem: null });
    expect((await preflight(f, 'DEMO-FAIL-IOS-NO-POLICY')).passcodeRequired).toMatchObject({ state: 'notFound', policyName: null });
    const android = await preflight(f, 'DEMO-FAIL-AWP-NO-POLICY');
    expect(android.passcodeRequired.state).toBe('notFound');
    // No unlock token on Android: the check does not apply, and no report is made for it.
    expect(android.unlockToken.state).toBe('notApplicable');
  });

  it('says "could not check" where the tenant refuses the compliance read', async () => {
    const f = await start();
    f.tenant.control.compliance.setForbidden(true);
    const result = await preflight(f, 'DEMO-AE-DEDICATED-13');
    expect(result.passcodeRequired.state).toBe('couldNotCheck');
    expect(result.passcodeRequired.problem).toEqual({ code: 'graphForbiddenRead', params: {} });
  });

  it('runs no check for a device that is not eligible', async () => {
    const f = await start();
    const result = await preflight(f, 'DEMO-WINDOWS-11');
    expect(result).toEqual({
      unlockToken: { state: 'notApplicable', reportedAt: null, problem: null },
      passcodeRequired: { state: 'notApplicable', policyName: null, problem: null },
    });
    expect(f.tenant.control.counters.requests('complianceStates')).toBe(0);
  });
});
