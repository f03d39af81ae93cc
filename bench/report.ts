import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './options';

/** One line of the bench table. `met` is null when the case could not be measured (then `note` says why). */
export interface CaseRow {
  id: string;
  name: string;
  ours: string;
  baseline: string | null;
  /** Ours over the baseline, the median of the interleaved pairs' ratios (stats.ts): above 1 means we are slower. */
  ratio: number | null;
  target: string;
  met: boolean | null;
  note?: string;
  /** The raw figures, for the JSON file (milliseconds, bytes, counts). */
  values: Record<string, unknown>;
}

const headers = ['case', 'our figure', 'baseline', 'ratio', 'target', 'met'];

function cells(row: CaseRow): string[] {
  const met = row.met === null ? 'not measured' : row.met ? 'met' : 'MISSED';
  return [row.name, row.ours, row.baseline ?? '—', row.ratio === null ? '—' : row.ratio.toFixed(2), row.target, met];
}

/** A Markdown table: readable in a terminal and pasted as is into docs/benchmarks.md. */
export function formatTable(rows: readonly CaseRow[]): string {
  const body = rows.map(cells);
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Writes the run as JSON under bench/results/ (git-ignored) and returns the path. */
export function writeResults(root: string, options: BenchOptions, rows: readonly CaseRow[], startedAt: Date): string {
  const dir = path.join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${stamp}${options.quick ? '-quick' : ''}.json`);
  const document = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    quick: options.quick,
    sizes: options.sizes,
    machine: machineInfo(),
    rows,
  };
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return file;
}

export const ms = (value: number, digits = 0) => `${value.toFixed(digits)} ms`;
export const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
