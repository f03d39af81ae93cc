// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../../shared/result';
import { useStore } from '../../../../renderer/store/store';
import { androidDedicated, macDevice, makeDevice } from '../support/fixtures';
import { setupStore } from '../support/render-setup';
import { sliceDevices } from '../../../../renderer/store/device-ingest';

const fleet = [
  makeDevice(),
  androidDedicated(),
  macDevice(),
  makeDevice({ id: 'dev-ios-2', name: 'IPHONE-ANNA', serialNumber: 'QQ11ZZ', userDisplayName: 'Anna Bianchi', userPrincipalName: 'anna@contoso.com', lastSyncDateTime: '2026-11-24T11:30:00Z' }),
];

async function loaded() {
  const fake = setupStore({ loadDevices: () => ok({ loadId: 'L1' }), getDevice: ({ deviceId }) => ok(fleet.find((d) => d.id === deviceId)!) });
  await useStore.getState().loadDevices();
  fake.emit('devicesProgress', { loadId: 'L1', devices: fleet.slice(0, 2), loaded: 2, done: false, error: null });
  fake.emit('devicesProgress', { loadId: 'L1', devices: fleet.slice(2), loaded: 4, done: true, error: null });
  return fake;
}

const shownNames = () => {
  const { results } = useStore.getState();
  return Array.from({ length: results.length }, (_, row) => results.device(row).name);
};

describe('the devices slice', () => {
  it('fills the table from streamed pages', async () => {
    await loaded();
    expect(useStore.getState().deviceLoad.status).toBe('done');
    expect(shownNames()).toEqual(['DEMO-IOS-17', 'DEMO-AE-DEDICATED-13', 'DEMO-MACOS-15', 'IPHONE-ANNA']);
  });

  it('answers the search box as it is typed, over name, user and serial', async () => {
    await loaded();
    const { setSearchText } = useStore.getState();
    setSearchText('an');
    expect(shownNames()).toContain('IPHONE-ANNA');
    setSearchText('anna');
    expect(shownNames()).toEqual(['IPHONE-ANNA']);
    setSearchText('qq11');
    expect(shownNames()).toEqual(['IPHONE-ANNA']);
    setSearchText('');
    expect(shownNames()).toHaveLength(4);
  });

  it('filters by platform family and eligibility, and sorts', async () => {
    await loaded();
    const s = useStore.getState();
    s.setFamily('android');
    expect(shownNames()).toEqual(['DEMO-AE-DEDICATED-13']);
    s.setFamily('all');
    s.setEligibleOnly(true);
    expect(shownNames()).not.toContain('DEMO-MACOS-15');
    s.setEligibleOnly(false);
    s.toggleSort('name');
    expect(shownNames()[0]).toBe('DEMO-AE-DEDICATED-13');
    s.toggleSort('name');
    expect(shownNames()[0]).toBe('IPHONE-ANNA');
    expect(useStore.getState().query.sort).toEqual({ field: 'name', direction: 'desc' });
  });

  it('sorts the last sync newest first on the first click, then oldest first, then back to the loaded order', async () => {
    await loaded();
    const s = useStore.getState();
    s.toggleSort('lastSync');
    expect(useStore.getState().query.sort).toEqual({ field: 'lastSync', direction: 'desc' });
    // IPHONE-ANNA checked in last: she leads on the first click and ends the list on the second.
    expect(shownNames()[0]).toBe('IPHONE-ANNA');
    s.toggleSort('lastSync');
    expect(useStore.getState().query.sort).toEqual({ field: 'lastSync', direction: 'asc' });
    expect(shownNames().at(-1)).toBe('IPHONE-ANNA');
    s.toggleSort('lastSync');
    expect(useStore.getState().query.sort).toBeNull();
  });

  it('moves the selection with the arrow keys, within the shown rows', async () => {
    await loaded();
    const s = useStore.getState();
    expect(s.moveSelection(1)).toBe(0);
    expect(s.moveSelection(1)).toBe(1);
    expect(useStore.getState().selectedId).toBe('dev-ae-1');
    expect(s.moveSelection(100)).toBe(3);
    expect(s.moveSelection(-100)).toBe(0);
    s.select(null);
    expect(s.moveSelection(Number.MAX_SAFE_INTEGER)).toBe(3); // End with nothing selected
    s.select(null);
    expect(s.moveSelection(-1)).toBe(3);
  });

  it('opens a device, refreshes it from Intune and asks who acted on it lately', async () => {
    const fake = await loaded();
    fake.handlers.getDeviceRecentActions = () => ok({ available: false, notice: { code: 'auditsRefused', params: {} }, rows: [], refreshedAt: null, warn: false, unknownOutcome: null });
    await useStore.getState().openDevice('dev-mac-1');
    expect(useStore.getState().opened?.name).toBe('DEMO-MACOS-15');
    expect(useStore.getState().openedRefresh).toBe('ok');
    expect(fake.callsTo('getDevice')).toEqual([{ deviceId: 'dev-mac-1' }]);
    expect(fake.callsTo('getDeviceRecentActions')).toEqual([{ deviceId: 'dev-mac-1' }]);
  });

  it('forgets the tenant on sign-out', async () => {
    await loaded();
    useStore.getState().receiveSession({ status: 'signedIn', account: null, mode: 'demo', tokenStorage: 'memory', problem: null, revision: 1 });
    useStore.getState().receiveSession({ status: 'signedOut', account: null, mode: 'demo', tokenStorage: 'memory', problem: null, revision: 2 });
    expect(useStore.getState().results.length).toBe(0);
    expect(useStore.getState().actions).toEqual([]);
  });
});

describe('two loads asked for at once (a sign-in announced twice, a reload)', () => {
  it("adopts only the latest call's load: an older answer arriving first does not make the window wait for a load main dropped", async () => {
    const answers: Array<(loadId: string) => void> = [];
    const fake = setupStore({ loadDevices: () => new Promise((resolve) => answers.push((loadId) => resolve(ok({ loadId })))) });
    const first = useStore.getState().loadDevices();
    const second = useStore.getState().loadDevices();
    // Main answered both; the first call's load (L1) was cancelled by the second (L2).
    answers[0]!('L1');
    await first;
    answers[1]!('L2');
    await second;
    fake.emit('devicesProgress', { loadId: 'L2', devices: fleet, loaded: 4, done: true, error: null });
    expect(useStore.getState().deviceLoad.status).toBe('done');
    expect(useStore.getState().deviceLoad.loadId).toBe('L2');
    expect(shownNames()).toHaveLength(4);
  });
});

describe('session copies arriving out of order', () => {
  const session = (status: 'signingIn' | 'signedIn', revision: number) => ({ status, account: null, mode: 'demo' as const, tokenStorage: 'memory' as const, problem: null, revision });

  it("a late 'signing in' after 'signed in' changes nothing: no sign-out, one device load", () => {
    const fake = setupStore({ loadDevices: () => ok({ loadId: 'L1' }), listActions: () => ok([]) });
    useStore.getState().receiveSession(session('signedIn', 3));
    useStore.getState().receiveSession(session('signingIn', 2));
    useStore.getState().receiveSession(session('signedIn', 3));
    expect(useStore.getState().session?.status).toBe('signedIn');
    expect(fake.callsTo('loadDevices')).toHaveLength(1);
  });
});

describe('a page larger than a slice', () => {
  // Slices go in on tasks and after painted frames: the test gives them (fake rAF and setTimeout), so no real frame is waited for.
  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());
  const big = Array.from({ length: sliceDevices * 2 + 50 }, (_, i) => makeDevice({ id: `dev-${i}`, name: `ROOM-${i % 7}-${i}` }));

  it('goes in a slice at a time, in order, and is shown done only once every device is in', async () => {
    const fake = setupStore({ loadDevices: () => ok({ loadId: 'L1' }) });
    await useStore.getState().loadDevices();
    fake.emit('devicesProgress', { loadId: 'L1', devices: big, loaded: big.length, done: true, error: null });
    expect(useStore.getState().fleet.size).toBe(sliceDevices);
    expect(useStore.getState().deviceLoad.status).toBe('loading');
    // A keystroke meanwhile searches the devices in so far, as if their pages had come whole.
    useStore.getState().setSearchText('room-3');
    expect(shownNames()).toEqual(big.slice(0, sliceDevices).flatMap((d) => (d.name!.startsWith('ROOM-3-') ? [d.name] : [])));
    await vi.runAllTimersAsync(); // every frame and task the rest of the page asked for
    expect(useStore.getState().deviceLoad.status).toBe('done');
    expect(useStore.getState().fleet.size).toBe(big.length);
    expect(shownNames()).toEqual(big.flatMap((d) => (d.name!.startsWith('ROOM-3-') ? [d.name] : [])));
    useStore.getState().setSearchText('');
    expect(shownNames()).toEqual(big.map((d) => d.name));
  });

  it('drops the rest of a page when the technician signs out meanwhile', async () => {
    const fake = setupStore({ loadDevices: () => ok({ loadId: 'L1' }) });
    await useStore.getState().loadDevices();
    fake.emit('devicesProgress', { loadId: 'L1', devices: big, loaded: big.length, done: true, error: null });
    const oldFleet = useStore.getState().fleet;
    useStore.getState().onSignedOut();
    fake.emit('devicesProgress', { loadId: 'L1', devices: fleet, loaded: 4, done: true, error: null });
    // Every queued slice has had its turn (all frames and tasks given): none went anywhere shown.
    await vi.runAllTimersAsync();
    expect(useStore.getState().fleet.size).toBe(0);
    expect(useStore.getState().deviceLoad.status).toBe('idle');
    expect(oldFleet.size).toBe(sliceDevices);
  });
});

describe('a device page that cannot be read', () => {
  // The pages before it may still be going in a slice at a time: the test gives their frames and tasks (fake rAF and setTimeout).
  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('stops the load after the devices before it, with an error saying so in the window language', async () => {
    const fake = setupStore({ loadDevices: () => ok({ loadId: 'L1' }) });
    await useStore.getState().loadDevices();
    fake.emit('devicesProgress', { loadId: 'L1', devices: fleet.slice(0, 2), loaded: 2, done: false, error: null });
    fake.emitWire('devicesProgress', '{"loadId":"L1","devices":[{"id":');
    // A later page of the same load does not fill the gap silently.
    fake.emit('devicesProgress', { loadId: 'L1', devices: fleet.slice(3), loaded: 4, done: true, error: null });
    await vi.runAllTimersAsync();
    expect(useStore.getState().deviceLoad.status).toBe('error');
    expect(useStore.getState().deviceLoad.error).toMatchObject({ code: 'internal', say: { code: 'devicePageUnreadable' } });
    expect(useStore.getState().deviceLoad.error!.message).toContain('could not be read (not valid JSON)');
    expect(shownNames()).toEqual(['DEMO-IOS-17', 'DEMO-AE-DEDICATED-13']);
  });
});

describe('warm start in the devices slice', () => {
  const savedAt = '2026-11-28T17:45:00.000Z';
  const lastSession = { savedAt };
  const fresh = [makeDevice({ id: 'dev-new', name: 'NEW-IPAD' }), fleet[1]!];

  async function showingLastSession() {
    const fake = setupStore({ loadDevices: () => ok({ loadId: 'L1' }) });
    await useStore.getState().loadDevices();
    fake.emit('devicesProgress', { loadId: 'L1', devices: fleet, loaded: 4, done: true, error: null, lastSession });
    return fake;
  }

  it("shows the last session's list at once, marked, while the fresh one loads out of sight", async () => {
    const fake = await showingLastSession();
    fake.emit('devicesProgress', { loadId: 'L1', devices: fresh.slice(0, 1), loaded: 1, done: false, error: null });
    const { deviceLoad } = useStore.getState();
    expect(deviceLoad.lastSession).toEqual(lastSession);
    expect(shownNames()).toEqual(fleet.map((d) => d.name));
    // The search works on the saved list meanwhile.
    useStore.getState().setSearchText('anna');
    expect(shownNames()).toEqual(['IPHONE-ANNA']);
  });

  it('tells main once, after the first saved page is painted, so main sends the rest', async () => {
    // The frame is the test's to give (after-next-paint.ts: a frame, then a task after it), not a real one to wait for.
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'clearTimeout'] });
    try {
      const fake = setupStore({ loadDevices: () => ok({ loadId: 'L1' }), devicesShown: () => ok({}) });
      await useStore.getState().loadDevices();
      fake.emit('devicesProgress', { loadId: 'L1', devices: fleet.slice(0, 2), loaded: 2, done: false, error: null, lastSession });
      fake.emit('devicesProgress', { loadId: 'L1', devices: fleet.slice(2), loaded: 4, done: true, error: null, lastSession });
      expect(fake.callsTo('devicesShown')).toEqual([]); // nothing before the frame is painted
      vi.advanceTimersToNextFrame();
      await vi.runOnlyPendingTimersAsync();
      expect(fake.callsTo('devicesShown')).toEqual([{ loadId: 'L1' }]);
      expect(useStore.getState().fleet.size).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says nothing to main when the technician signs out before the saved list is painted', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'clearTimeout'] });
    try {
      const fake = setupStore({ loadDevices: () => ok({ loadId: 'L1' }), devicesShown: () => ok({}) });
      await useStore.getState().loadDevices();
      fake.emit('devicesProgress', { loadId: 'L1', devices: fleet, loaded: 4, done: true, error: null, lastSession });
      useStore.getState().onSignedOut();
      vi.advanceTimersToNextFrame();
      await vi.runOnlyPendingTimersAsync();
      expect(fake.callsTo('devicesShown')).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says nothing to main for a list loaded cold', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'clearTimeout'] });
    try {
      const fake = await loaded();
      // After a painted frame and a task a saved list would have been acknowledged (test above).
      vi.advanceTimersToNextFrame();
      await vi.runOnlyPendingTimersAsync();
      expect(fake.callsTo('devicesShown')).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('replaces it with the fresh list once that is complete, and drops the mark', async () => {
    const fake = await showingLastSession();
    fake.emit('devicesProgress', { loadId: 'L1', devices: fresh.slice(0, 1), loaded: 1, done: false, error: null });
    fake.emit('devicesProgress', { loadId: 'L1', devices: fresh.slice(1), loaded: 2, done: true, error: null });
    expect(useStore.getState().deviceLoad).toMatchObject({ status: 'done', lastSession: null });
    expect(shownNames()).toEqual(['NEW-IPAD', 'DEMO-AE-DEDICATED-13']);
    expect(useStore.getState().fleet.get('dev-ios-2')).toBeNull();
  });

  it('keeps the saved list, still marked, when the refresh fails', async () => {
    const fake = await showingLastSession();
    fake.emit('devicesProgress', { loadId: 'L1', devices: [], loaded: 0, done: true, error: { code: 'network_error', message: 'offline' } });
    expect(useStore.getState().deviceLoad).toMatchObject({ status: 'error', lastSession });
    expect(shownNames()).toHaveLength(4);
  });

  it('forgets a fresh list half-loaded when the technician signs out', async () => {
    const fake = await showingLastSession();
    fake.emit('devicesProgress', { loadId: 'L1', devices: fresh.slice(0, 1), loaded: 1, done: false, error: null });
    useStore.getState().onSignedOut();
    fake.emit('devicesProgress', { loadId: 'L1', devices: fresh.slice(1), loaded: 2, done: true, error: null });
    expect(useStore.getState().fleet.size).toBe(0);
    expect(useStore.getState().deviceLoad.status).toBe('idle');
  });
});

describe('a device page that fails its check', () => {
  it('stops the list with an error the technician sees, keeping the rows before it', async () => {
    const fake = setupStore({ loadDevices: () => ok({ loadId: 'L1' }) });
    await useStore.getState().loadDevices();
    fake.emit('devicesProgress', { loadId: 'L1', devices: fleet.slice(0, 2), loaded: 2, done: false, error: null });
    const broken = { ...fleet[2]!, decision: { eligible: 'maybe' } } as unknown as (typeof fleet)[number];
    fake.emit('devicesProgress', { loadId: 'L1', devices: [broken, fleet[3]!], loaded: 4, done: false, error: null });
    fake.emit('devicesProgress', { loadId: 'L1', devices: [], loaded: 4, done: true, error: null });
    const { deviceLoad } = useStore.getState();
    expect(deviceLoad.status).toBe('error');
    expect(deviceLoad.error?.message).toContain('A page of 2 devices');
    expect(deviceLoad.loaded).toBe(2);
    expect(shownNames()).toEqual(['DEMO-IOS-17', 'DEMO-AE-DEDICATED-13']);
  });
});
