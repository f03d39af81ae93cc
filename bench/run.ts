import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describePlan, withinLimit } from './case-plan';
import type { BenchContext } from './context';
import { fleetReadingCases, listLoadCases, loadFleet } from './fleet';
import { caseIds, onDemandCaseIds, parseBenchOptions, type CaseId } from './options';
import { topFrames, withCpuProfile } from './profile';
import { formatTable, machineInfo, writeResults, type CaseRow } from './report';
import { startTenantProcess } from './tenant/tenant-process';
import { describeTrace, type TraceEvent } from './window/trace-tasks';

/**
 * `npm run bench [-- --quick] [-- --only search,log-append] [-- --profile] [-- --list]`;
 * `node dist/bench/run.cjs --top-frames FILE.cpuprofile` summarises a profile;
 * `--trace-tasks FILE [--over MS]` the long tasks of a typing trace (bench/window/trace-tasks.ts).
 * (issue 7, docs/benchmarks.md). This one bundle is also its own child
 * processes: `--role tenant` (the demo tenant) and `--role review` (one
 * measured log review).
 */
const root = path.resolve(__dirname, '..', '..');
// The window cases take Chromium's launch options from playwright.config.ts, which otherwise asks
// scripts/electron-runtime.mjs (not beside this bundle) which Electron the door specs should use.
process.env.ELECTRON_DOOR_RUNTIME ??= 'unused-by-the-bench';

// Loaded on use: the child processes (tenant, review) must not carry Playwright and
// the rest in their heap, or the review's peak RSS would be partly the bench's.
const cases: Record<CaseId, () => Promise<(ctx: BenchContext) => Promise<CaseRow[]>>> = {
  'device-list': async () => (await import('./cases/device-list')).deviceListCase,
  search: async () => (await import('./cases/search')).searchCase,
  window: async () => (await import('./cases/window')).windowCase,
  typing: async () => (await import('./cases/typing')).typingCase,
  'warm-start': async () => (await import('./cases/warm-start')).warmStartCase,
  'large-fleet': async () => (await import('./cases/large-fleet')).largeFleetCase,
  'large-search': async () => (await import('./cases/large-search')).largeSearchCase,
  'log-append': async () => (await import('./cases/log-append')).logAppendCase,
  'log-review': async () => (await import('./cases/log-review')).logReviewCase,
  'log-review-chains': async () => (await import('./cases/log-review-chains')).logReviewChainsCase,
  'log-review-reopen': async () => (await import('./cases/log-review-reopen')).logReviewReopenCase,
  action: async () => (await import('./cases/action')).actionCase,
  forwarding: async () => (await import('./cases/forwarding')).forwardingCase,
};

/** Rows a case would have produced, for when it failed: the table still lists it. */
const rowIds: Record<CaseId, string[]> = {
  'device-list': ['device-list', 'first-page'],
  search: ['search'],
  window: ['window'],
  typing: ['typing'],
  'warm-start': ['warm-start'],
  'large-fleet': ['device-list-500k', 'search-500k', 'window-500k'],
  'large-search': ['search-500k'],
  'log-append': ['log-append'],
  'log-review': ['log-review'],
  'log-review-chains': ['log-review-chains'],
  'log-review-reopen': ['log-review-reopen'],
  action: ['action'],
  forwarding: ['forwarding-throughput', 'forwarding-throughput-large', 'log-append-forwarding'],
};

async function runRole(role: string, argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { role: { type: 'string' }, devices: { type: 'string' }, seed: { type: 'string' }, side: { type: 'string' }, folder: { type: 'string' }, cache: { type: 'string' } } });
  if (role === 'tenant') return (await import('./tenant/tenant-child')).runTenantChild(Number(values.devices), Number(values.seed ?? 1));
  if (role === 'review') {
    const { runReviewChild } = await import('./log/review-child');
    const result = await runReviewChild(values.side === 'baseline' ? 'baseline' : 'ours', values.folder ?? '', values.cache ?? null);
    await new Promise<void>((resolve) => process.send!(result, () => resolve()));
    process.disconnect?.();
    return;
  }
  throw new Error(`unknown role ${role}`);
}

async function runBench(argv: string[]): Promise<void> {
  const options = parseBenchOptions(argv);
  const startedAt = new Date();
  const selected = caseIds.filter((id) => (options.only.length === 0 ? !onDemandCaseIds.includes(id) : options.only.includes(id)));
  if (options.list) {
    console.log(`Cases${options.only.length > 0 ? ' selected' : ''}, with the full sizes:\n${describePlan(selected)}`);
    return;
  }
  const machine = machineInfo();
  console.log(`Expected (quiet machine, full sizes; --list for each case):\n${describePlan(selected).split('\n').at(-1)}`);
  console.log(`Passcode Desk bench${options.quick ? ' (--quick: smaller sizes, figures are indicative only)' : ''}: ${machine.cpus} x ${machine.cpuModel}, Node ${machine.node}`);
  if (options.profile) console.log('--profile: our side runs under the CPU profiler, so its figures are inflated; profiles go to bench/results/profiles/');

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'passcode-desk-bench-'));
  const tenant = await startTenantProcess(options.sizes.devices);
  const rows: CaseRow[] = [];
  try {
    const fleetSize = options.sizes.devices;
    console.log(`Demo tenant: ${fleetSize.toLocaleString('en-US')} devices at ${tenant.url}`);
    const profiles = path.join(root, 'bench', 'results', 'profiles');
    const profiled = new Map<string, string>();
    const ctx: BenchContext = {
      root,
      options,
      tenant,
      // Loaded before the first case that reads it, dropped before a list load (fleet.ts says why).
      fleet: [],
      fleetSize,
      scratch,
      async profiled(name, fn) {
        if (!options.profile) return fn();
        const file = path.join(profiles, `${name}-${Date.now()}.cpuprofile`);
        profiled.set(name, file);
        return withCpuProfile(file, fn);
      },
      noteProfile: (name, file) => void profiled.set(name, file),
      progress: (label) => (line) => console.log(`  ${label}: ${line}`),
    };
    for (const id of selected) {
      if (listLoadCases.has(id)) ctx.fleet = [];
      if (fleetReadingCases.has(id) && ctx.fleet.length === 0) ctx.fleet = await loadFleet(tenant.url, tenant.token, fleetSize);
      const started = Date.now();
      console.log(`${id} ...`);
      const from = rows.length;
      try {
        rows.push(...(await withinLimit(id, (async () => (await cases[id]())(ctx))())));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        for (const rowId of rowIds[id]) {
          rows.push({ id: rowId, name: rowId, ours: '—', baseline: null, ratio: null, target: '', met: null, note: message, values: {} });
        }
      }
      // Every case ends on one line per figure: met, MISSED or failed, never silence.
      for (const row of rows.slice(from)) console.log(`  ${row.id}: ${row.met === null ? 'FAILED' : row.met ? 'met' : 'MISSED'}${row.note && !row.note.startsWith('met') ? ` (${row.note})` : ''}`);
      console.log(`  ${id} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    for (const [name, file] of profiled) {
      console.log(`\nTop self time, ${name} (last profiled run, ${path.relative(root, file)}):`);
      for (const frame of topFrames(file)) console.log(`  ${frame}`);
    }
  } finally {
    await tenant.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  console.log(`\n${formatTable(rows)}`);
  for (const row of rows) if (row.note) console.log(`- ${row.id}: ${row.note}`);
  const file = writeResults(root, options, rows, startedAt);
  console.log(`\nWritten to ${path.relative(root, file)} in ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s`);
  process.exit(0); // a case abandoned at its limit may still hold timers or sockets: the run is over all the same
}

/** `--top-frames FILE`: the summary of any .cpuprofile, such as those `node --cpu-prof` writes. */
async function printTopFrames(file: string): Promise<void> {
  for (const frame of topFrames(file, 20)) console.log(frame);
}

/** `--trace-tasks FILE [--over MS]`: the long tasks of a trace the typing case wrote (PASSCODE_DESK_TRACE), and what they were. */
async function printTraceTasks(file: string, overMs: number): Promise<void> {
  const trace = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  for (const line of describeTrace(Array.isArray(trace) ? trace : (trace.traceEvents ?? []), overMs)) console.log(line);
}

const argv = process.argv.slice(2);
const roleAt = argv.indexOf('--role');
const framesAt = argv.indexOf('--top-frames');
const traceAt = argv.indexOf('--trace-tasks');
const overAt = argv.indexOf('--over');
const run =
  roleAt >= 0
    ? runRole(argv[roleAt + 1] ?? '', argv)
    : framesAt >= 0
      ? printTopFrames(argv[framesAt + 1] ?? '')
      : traceAt >= 0
        ? printTraceTasks(argv[traceAt + 1] ?? '', overAt >= 0 ? Number(argv[overAt + 1]) : 50)
        : runBench(argv);
run.catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
