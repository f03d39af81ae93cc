import { existsSync, mkdirSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createActionLog, type ActionLog } from '../../main/action-log/action-log';
import { sha256Hex } from '../../main/action-log/entry-crypto';
import { INSTALL_ID_FILE, listMonthFiles } from '../../main/action-log/log-files';
import { systemClock } from '../../main/base/clock';
import { silentLogger } from '../../main/base/logger';
import { resolveTarget } from '../../main/forwarding/collector-target';
import { startForwarder, type Forwarder } from '../../main/forwarding/forwarder';
import { syslogFrame } from '../../main/forwarding/syslog-message';
import type { ForwardingStatus } from '../../shared/forwarding/forwarding-status';
import type { ActionEntryInput } from '../../shared/log/log-entry';
import { sharedEn } from '../../shared/i18n/en';
import { word } from '../../shared/messages/coded-message';
import { createProcessSecretStore } from '../../test/support/process-secret-store';
import { startRsyslog, type RsyslogCollector } from '../../test/support/rsyslog-collector';
import type { BenchContext } from '../context';
import { interleave } from '../interleave';
import { generateLog } from '../log/generate-log';
import { sampleEntries } from '../log/sample-entries';
import { ms, type CaseRow } from '../report';
import { median, pairedRatio, percentile, round } from '../stats';

/**
 * Central collection (issue 17), against a real rsyslog (imtcp, direct
 * queues, written to a file) on loopback, plain TCP so TLS's cost, the same
 * for any sender, does not hide ours:
 * - throughput: the whole log (10,000 entries) sent from a cold cursor until
 *   the collector confirmed every batch, against the floor: the very same
 *   frames written down one connection and confirmed the same way (the
 *   collector closes after reading to the end); our side's process CPU beside it;
 * - the same at ten times the size (100,000 entries over twelve month files,
 *   generated as the review case generates its log; its own row, since
 *   session 11): about a second a run instead of 100 ms, so a neighbour's
 *   burst on this shared machine moves the ratio less;
 * - log append p50 with forwarding on (a forwarder live on the log, each
 *   synced line sent before the next append) against off, paired entry by
 *   entry on two logs of the same disk (pairedAppends).
 */
const THROUGHPUT_ENTRIES = 10_000;
const LARGE_THROUGHPUT_ENTRIES = 100_000;

/** What the forwarder reads of a log: a closed log on disk is all a backlog is. */
type ForwardedLog = Pick<ActionLog, 'folder' | 'installId' | 'durableFiles' | 'tip' | 'onDurable'>;

/**
 * The generated log (bench/log/generate-log.ts: the writer's own pieces, over twelve month files) as the
 * forwarder sees a closed log: its files and their sizes, its tip, nothing more being synced.
 */
function closedLog(folder: string, lines: number): ForwardedLog {
  const files = listMonthFiles(folder).map((file) => ({ path: file, size: statSync(file).size }));
  return {
    folder,
    installId: readFileSync(path.join(folder, INSTALL_ID_FILE), 'utf8').trim(),
    durableFiles: () => files,
    tip: () => ({ seq: lines, hash: '' }),
    onDurable: () => () => undefined,
  };
}

async function fill(log: ActionLog, inputs: ReturnType<typeof sampleEntries>, count: number): Promise<void> {
  // Many at once: the writer's queue syncs them in groups, so filling takes seconds, not minutes.
  for (let done = 0; done < count; ) {
    const chunk = Math.min(250, count - done);
    const results = await Promise.all(Array.from({ length: chunk }, () => log.append(inputs.next().value!)));
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) throw new Error(`append failed: ${failed.error.message}`);
    done += chunk;
  }
}

/** A forwarder on the log; resolves `drained` each time the collector has confirmed everything written. */
function forward(log: ForwardedLog, collector: RsyslogCollector): { forwarder: Forwarder; drained(): Promise<ForwardingStatus> } {
  let latest: ForwardingStatus | null = null;
  const waiters = new Set<() => void>();
  const forwarder = startForwarder({
    log,
    target: resolveTarget({ address: collector.address, transport: 'tcp' }),
    required: true,
    clock: systemClock,
    logger: silentLogger,
    hostname: 'bench-desk',
    onStatus: (status) => {
      latest = status;
      waiters.forEach((w) => w());
    },
  });
  const done = (s: ForwardingStatus | null) => s !== null && s.state === 'connected' && s.pending === 0 && s.lastDeliveredAt !== null;
  return {
    forwarder,
    drained: () =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (latest?.state === 'retrying') return reject(new Error(`forwarding failed: ${latest.lastError ? word(sharedEn.forwardingProblems, latest.lastError) : 'no reason given'}`));
          if (!done(latest)) return;
          waiters.delete(check);
          resolve(latest!);
        };
        waiters.add(check);
        check();
      }),
  };
}

/** The log's lines as the forwarder frames them, for the floor: one connection, every frame, end, wait for the collector's close. */
function framesOf(log: ForwardedLog): Buffer {
  const frames: Buffer[] = [];
  for (const { path: file } of log.durableFiles()) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line === '') continue;
      const bytes = Buffer.from(line, 'utf8');
      const seq = Number(/"seq":(\d+)/.exec(line)?.[1] ?? 0);
      frames.push(syslogFrame({ line: bytes, time: new Date().toISOString(), hostname: 'bench-raw', procId: process.pid, installId: log.installId, seq, hash: sha256Hex(bytes), type: 'raw' }));
    }
  }
  return Buffer.concat(frames);
}

function sendRaw(port: number, payload: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => socket.end(payload));
    socket.on('close', (hadError) => (hadError ? reject(new Error('raw send failed')) : resolve()));
    socket.on('error', reject);
  });
}

interface Throughput {
  lines: number;
  bytes: number;
  ours: number[];
  baseline: number[];
  /** Our process's CPU (user + system) per run of ours: the forwarder's share, as rsyslog runs in its own process. */
  oursCpu: number[];
  /** The same for the baseline: mostly the kernel's work of pushing the bytes through loopback, which ours pays too. */
  baselineCpu: number[];
}

/**
 * Our forwarder from a cold cursor against the same frames down one connection, interleaved. `fresh`:
 * empty the collector's file before each run, outside the timing (the large log would otherwise leave
 * gigabytes in it; rsyslog appends, so it writes on from the new end either way).
 */
async function measureThroughput(ctx: BenchContext, log: ForwardedLog, collector: RsyslogCollector, progress: (line: string) => void, fresh: boolean): Promise<Throughput> {
  const payload = framesOf(log);
  const lines = log.tip().seq;
  progress(`${lines.toLocaleString('en-US')} lines (${(payload.length / 2 ** 20).toFixed(1)} MB framed) to rsyslog at ${collector.address}`);
  const oursCpu: number[] = [];
  const baselineCpu: number[] = [];
  const measured = await interleave(
    ctx.options.sizes.reps,
    (rep) =>
      ctx.profiled('forwarding', async () => {
        rmSync(path.join(log.folder, 'forwarding-cursor.json'), { force: true }); // a cold cursor: everything goes again
        if (fresh && existsSync(collector.file)) truncateSync(collector.file, 0);
        const cpu = process.cpuUsage();
        const started = performance.now();
        const run = forward(log, collector);
        await run.drained();
        const elapsed = performance.now() - started;
        const used = process.cpuUsage(cpu);
        if (rep >= 0) oursCpu.push((used.user + used.system) / 1000); // rep -1 is the warm-up
        await run.forwarder.close();
        return elapsed;
      }),
    async (rep) => {
      if (fresh && existsSync(collector.file)) truncateSync(collector.file, 0);
      const cpu = process.cpuUsage();
      const started = performance.now();
      await sendRaw(collector.port, payload);
      const elapsed = performance.now() - started;
      const used = process.cpuUsage(cpu);
      if (rep >= 0) baselineCpu.push((used.user + used.system) / 1000);
      return elapsed;
    },
    progress,
  );
  return { lines, bytes: payload.length, ours: measured.ours, baseline: measured.baseline, oursCpu, baselineCpu };
}

function throughputRow(id: string, what: string, t: Throughput): CaseRow {
  const oursMs = median(t.ours);
  const rawMs = median(t.baseline);
  const ratio = pairedRatio(t.ours, t.baseline);
  return {
    id,
    name: `forwarding ${t.lines.toLocaleString('en-US')} log lines to a real rsyslog (loopback, TCP)${what}`,
    ours: `${Math.round(t.lines / (oursMs / 1000)).toLocaleString('en-US')} lines/s (${ms(oursMs, 0)}; our CPU ${ms(median(t.oursCpu), 0)})`,
    baseline: `${Math.round(t.lines / (rawMs / 1000)).toLocaleString('en-US')} lines/s (${ms(rawMs, 0)}; CPU ${ms(median(t.baselineCpu), 0)}), same frames, one connection`,
    ratio: round(ratio),
    target: 'ratio <= 2 (batches of 1,000 on one connection, confirmed by the collector closing it)',
    met: ratio <= 2,
    values: { lines: t.lines, bytes: t.bytes, ours: t.ours.map((v) => round(v, 1)), baseline: t.baseline.map((v) => round(v, 1)), oursCpuMs: t.oursCpu.map((v) => round(v, 1)), baselineCpuMs: t.baselineCpu.map((v) => round(v, 1)) },
  };
}

export async function forwardingCase(ctx: BenchContext): Promise<CaseRow[]> {
  const folder = path.join(ctx.scratch, 'forwarding');
  mkdirSync(folder, { recursive: true });
  const collector = await startRsyslog(path.join(folder, 'collector'), null);
  const inputs = sampleEntries(ctx.fleet.flat(), ctx.tenant.technician, ctx.tenant.tenantId, 17);
  const entries = ctx.options.quick ? THROUGHPUT_ENTRIES / 10 : THROUGHPUT_ENTRIES;
  const largeEntries = ctx.options.quick ? LARGE_THROUGHPUT_ENTRIES / 10 : LARGE_THROUGHPUT_ENTRIES;
  const progress = ctx.progress('forwarding');
  const openLog = async (name: string) => {
    const opened = await createActionLog({ folder: path.join(folder, name), secretStore: createProcessSecretStore(), appVersion: 'bench' });
    if (!opened.ok) throw new Error(`the action log did not open: ${opened.error.message}`);
    return opened.value;
  };
  const full = await openLog('throughput-log');
  const appendLog = await openLog('append-log');
  const offLog = await openLog('append-off-log'); // the same disk, no forwarder
  try {
    await fill(full, inputs, entries);
    await full.readOwnEntries(); // seals it, so what is sent is what a closed day's log holds
    const throughput = await measureThroughput(ctx, full, collector, progress, false);

    // Appends with forwarding on and off, paired entry by entry (see pairedAppends); one forwarder for all runs.
    const pairs = ctx.options.sizes.forwardingPairsPerRep;
    const run = forward(appendLog, collector);
    await run.drained();
    const appends = await interleave(ctx.options.sizes.reps, () => pairedAppends(appendLog, offLog, run.drained, inputs, pairs), null, progress);
    await run.forwarder.close();

    // Last, so its making and its gigabyte through rsyslog do not run ahead of the rows above.
    const generated = await generateLog(path.join(folder, 'throughput-large-log'), largeEntries, ctx.fleet.flat(), ctx.tenant.technician, ctx.tenant.tenantId);
    progress(`generated ${generated.lines.toLocaleString('en-US')} lines in ${generated.files} files in ${(generated.ms / 1000).toFixed(1)} s`);
    const largeThroughput = await measureThroughput(ctx, closedLog(generated.folder, generated.lines), collector, progress, true);

    const onP50 = median(appends.ours.map((r) => r.on));
    const offP50 = median(appends.ours.map((r) => r.off));
    const appendRatio = pairedRatio(appends.ours.map((r) => r.on), appends.ours.map((r) => r.off));
    return [
      throughputRow('forwarding-throughput', '', throughput),
      throughputRow('forwarding-throughput-large', ', ten times the size', largeThroughput),
      {
        id: 'log-append-forwarding',
        name: `log append with forwarding on vs off (${pairs.toLocaleString('en-US')} pairs per run, each line sent before the next)`,
        ours: `p50 ${ms(onP50, 2)} (on)`,
        baseline: `p50 ${ms(offP50, 2)} (off)`,
        ratio: round(appendRatio),
        target: 'ratio <= 1.1 (no measurable difference)',
        met: appendRatio <= 1.1,
        values: { on: appends.ours.map((r) => round(r.on, 3)), off: appends.ours.map((r) => round(r.off, 3)) },
      },
    ];
  } finally {
    await full.close();
    await appendLog.close();
    await offLog.close();
    await collector.close();
  }
}

async function timeAppend(log: ActionLog, input: ActionEntryInput): Promise<number> {
  const started = performance.now();
  const written = await log.append(input);
  const elapsed = performance.now() - started;
  if (!written.ok) throw new Error(`append failed: ${written.error.message}`);
  return elapsed;
}

/**
 * One run: `count` pairs of appends, one to the log the forwarder watches and one to a log without
 * one, in folders on the same disk, the order swapped every pair (on-off, off-on, ...), so each pair
 * sees the same moment of the disk and of the neighbours' load. Before each pair the forwarder has
 * sent every line so far and the collector confirmed it, as in the app, where actions come seconds
 * apart: what an append with forwarding on pays is then what forwarding puts on its path. The p50 of
 * each side of the run.
 */
async function pairedAppends(on: ActionLog, off: ActionLog, drained: () => Promise<unknown>, inputs: Iterator<ActionEntryInput>, count: number): Promise<{ on: number; off: number }> {
  const onTimes = new Float64Array(count);
  const offTimes = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    await drained();
    const onInput = inputs.next().value as ActionEntryInput;
    const offInput = inputs.next().value as ActionEntryInput;
    if (i % 2 === 0) {
      onTimes[i] = await timeAppend(on, onInput);
      offTimes[i] = await timeAppend(off, offInput);
    } else {
      offTimes[i] = await timeAppend(off, offInput);
      onTimes[i] = await timeAppend(on, onInput);
    }
  }
  return { on: percentile([...onTimes], 0.5), off: percentile([...offTimes], 0.5) };
}
