import type { Device } from '../shared/devices/device';
import type { BenchOptions } from './options';
import type { TenantProcess } from './tenant/tenant-process';

/** What every case gets from the runner. */
export interface BenchContext {
  root: string;
  options: BenchOptions;
  tenant: TenantProcess;
  /** The tenant's fleet, normalised, page by page. */
  fleet: Device[][];
  fleetSize: number;
  /** A fresh folder on the same disk as the user's data would be (fsync costs what it costs there). */
  scratch: string;
  /** Runs `fn`, under the CPU profiler when `--profile` was given. */
  profiled<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Records a profile written some other way (a child's `--cpu-prof`), for the summary at the end. */
  noteProfile(name: string, file: string): void;
  /** Prints a progress line for a case. */
  progress(label: string): (line: string) => void;
}
