import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../../main/base/logger';
import { createDeviceListCache } from '../../main/devices/device-list-cache';
import { createProcessSecretStore } from '../../test/support/process-secret-store';
import { createEventHub } from '../../main/base/events';
import { createDeviceService } from '../../main/devices/device-service';
import { createGraphClient } from '../../main/graph/graph-client';
import { eventOnWire } from '../../shared/ipc/text-events';
import { collectGarbage } from '../gc';
import { startCpuProfile } from '../profile';
import { interleave } from '../interleave';
import { fetchPagesRaw } from '../raw-pages';
import { ms, type CaseRow } from '../report';
import { median, pairedRatio, round } from '../stats';
import { staticTokens } from '../static-tokens';
import type { BenchContext } from '../context';

interface LoadRun {
  totalMs: number;
  /** This process's CPU time (user + system, all its threads) over the same span: steadier than wall time on a busy machine. */
  cpuMs: number;
  firstThousandMs: number;
  devices: number;
  /**
   * Main's JS heap that outlived the load, measured at its last page's event after a full collection,
   * less the heap before the load (collected too): what main holds for the saved list at the load's end.
   */
  heldBytes: number;
}

/**
 * The device list as the app loads it: the product's device service (Graph
 * client with its limiter, retries and page checks, then normalise + passcode
 * rules per device, one `devicesProgress` event per page, serialised to the
 * JSON text the doors send the window, and saved encrypted for the next start
 * as the app does), timed from `load()` to the last page's event. A fresh client per run, as after a
 * sign-in. The baseline moves the same pages with `fetch` + `JSON.parse`.
 */
async function loadWithService(baseUrl: string, token: string, scratch: string, profileFile: string | null): Promise<LoadRun> {
  const events = createEventHub();
  const graph = createGraphClient({ baseUrl, tokens: staticTokens(token), logger: silentLogger });
  // The list is saved for the next start as in the app (warm start), into an empty folder: the
  // load measured is a first sign-in's, with no saved list to show before it.
  const folder = mkdtempSync(path.join(scratch, 'device-cache-'));
  const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore() });
  const saved = { cache, tenantId: () => 'bench-tenant' };
  const service = createDeviceService({ graph, events, logger: silentLogger, saved });
  let firstThousandMs = Number.NaN;
  let devices = 0;
  let failure: string | null = null;
  let wireChars = 0;
  // Before the time starts: a full collection, so what the load leaves behind can be told apart.
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const stopProfile = profileFile === null ? () => undefined : startCpuProfile(profileFile);
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  let cpuMs = Number.NaN;
  let doneAt = Number.NaN;
  let heldBytes = Number.NaN;
  events.listen((event, payload) => {
    if (event !== 'devicesProgress') return;
    // What each door does with a device page before it crosses to the window (contract.ts
    // textEvents): main serialises it to JSON text. Part of the product's cost since session 6.
    wireChars += (eventOnWire(event, payload) as string).length;
    const progress = payload as { loaded: number; done: boolean; error: { message: string } | null };
    devices = progress.loaded;
    if (Number.isNaN(firstThousandMs) && progress.loaded >= 1000) firstThousandMs = performance.now() - started;
    if (progress.done) {
      doneAt = performance.now();
      cpuMs = cpuSince(cpuAtStart);
      stopProfile();
      failure = progress.error?.message ?? null;
      // After the time is taken: a full collection here costs nothing in the figures above.
      collectGarbage();
      heldBytes = process.memoryUsage().heapUsed - heapBefore;
    }
  });
  service.load();
  await service.idle();
  service.close();
  // Saving what is left happens after the last page's event, outside the time; it ends before the
  // baseline's turn so that its work does not land there, and the list must have been saved.
  await cache.flush();
  const savedList = await cache.read('bench-tenant');
  rmSync(folder, { recursive: true, force: true });
  if (savedList?.count !== devices) throw new Error(`the device list was not saved whole (${savedList?.count ?? 'nothing'} of ${devices})`);
  if (failure !== null) throw new Error(`the device list did not load: ${failure}`);
  if (wireChars === 0) throw new Error('no device page was serialised for the window');
  return { totalMs: doneAt - started, cpuMs, firstThousandMs, devices, heldBytes };
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function profileFileFor(ctx: BenchContext, name: string): string | null {
  if (!ctx.options.profile) return null;
  const file = path.join(ctx.root, 'bench', 'results', 'profiles', `${name}-${Date.now()}.cpuprofile`);
  ctx.noteProfile(name, file);
  return file;
}

export async function deviceListCase(ctx: BenchContext, variant: { id: string; ratioTarget: number } = { id: 'device-list', ratioTarget: 1.3 }): Promise<CaseRow[]> {
  const { url, token } = ctx.tenant;
  const expected = ctx.fleetSize;
  const runs = await interleave(
    ctx.options.sizes.reps,
    // Profiled over the timed span only (from load() to the last page's event): the full collections
    // and the saving after it would otherwise be a third of the profile (session 11).
    async () => loadWithService(url, token, ctx.scratch, profileFileFor(ctx, variant.id)),
    async () => {
      const started = performance.now();
      const cpuAtStart = process.cpuUsage();
      const count = await fetchPagesRaw(url, token);
      return { totalMs: performance.now() - started, cpuMs: cpuSince(cpuAtStart), devices: count };
    },
    ctx.progress('device list'),
  );
  for (const run of [...runs.ours, ...runs.baseline]) {
    if (run.devices !== expected) throw new Error(`a device list run read ${run.devices} devices, not ${expected}`);
  }
  const ours = median(runs.ours.map((r) => r.totalMs));
  const baseline = median(runs.baseline.map((r) => r.totalMs));
  const first = median(runs.ours.map((r) => r.firstThousandMs));
  const held = median(runs.ours.map((r) => r.heldBytes));
  const ratio = pairedRatio(runs.ours.map((r) => r.totalMs), runs.baseline.map((r) => r.totalMs));
  const n = expected.toLocaleString('en-US');
  return [
    {
      id: variant.id,
      name: `device list load, ${n} devices (Graph client + normalise + rules, all pages)`,
      ours: ms(ours),
      baseline: ms(baseline),
      ratio: round(ratio),
      target: `ratio <= ${variant.ratioTarget}`,
      met: ratio <= variant.ratioTarget,
      note: `main's heap held at the last page: ${round(held / 2 ** 20)} MB (median, after a full GC)`,
      values: {
        heldMb: runs.ours.map((r) => round(r.heldBytes / 2 ** 20)),
        oursMs: runs.ours.map((r) => round(r.totalMs)),
        baselineMs: runs.baseline.map((r) => round(r.totalMs)),
        oursCpuMs: runs.ours.map((r) => round(r.cpuMs)),
        baselineCpuMs: runs.baseline.map((r) => round(r.cpuMs)),
        devices: expected,
      },
    },
    {
      id: variant.id === 'device-list' ? 'first-page' : `${variant.id}-first-page`,
      name: 'first page of devices usable (first 1,000 normalised)',
      ours: ms(first),
      baseline: null,
      ratio: null,
      target: '< 300 ms',
      met: first < 300,
      values: { firstThousandMs: runs.ours.map((r) => round(r.firstThousandMs)) },
    },
  ];
}
