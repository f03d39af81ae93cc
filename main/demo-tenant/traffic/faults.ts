import { createRandom, type Random } from '../fleet/seeded-random';
import type { RouteName } from './counters';

/**
 * Failures a test scripts ("the next 2 list requests get a 503") or lets
 * happen at random with a seeded probability, for soak runs and demos.
 */
export type FaultRoute = 'list' | 'device' | 'resetPasscode' | 'syncDevice' | 'audits' | 'complianceStates' | 'exportJobCreate' | 'exportJobRead' | 'any';
export type FaultKind = '500' | '502' | '503' | '504' | '429' | '401' | 'delay' | 'hang' | 'drop' | 'malformed' | 'emptyPageWithNextLink';

export interface ScriptedFault {
  readonly route: FaultRoute;
  readonly kind: FaultKind;
  /** How many matching requests get it (default 1). */
  readonly times?: number;
  /** For `delay`: how long before answering normally (default 1,000 ms). */
  readonly delayMs?: number;
  /** For `429` (default 1) and `503` (default none): seconds in Retry-After; null sends none. */
  readonly retryAfter?: number | null;
  /**
   * resetPasscode only, for `500`, `502`, `503`, `504`, `hang`, `drop` and
   * `malformed`: run the action first, then fail the answer. The client cannot
   * tell the two apart, which is the point: after such a failure the outcome
   * is unknown.
   */
  readonly afterProcessing?: boolean;
}

export interface RandomFaults {
  /** Chance per Graph request, 0 to 1. */
  readonly probability: number;
  readonly kinds?: readonly FaultKind[];
  readonly routes?: readonly FaultRoute[];
  readonly seed?: number;
  readonly delayMs?: number;
  /** resetPasscode only: the chance (0 to 1) that a fault which can come after processing does. Default 0. */
  readonly afterProcessing?: number;
  /** For `429`: the chance (0 to 1) that it carries a Retry-After (1 s). Default 1. */
  readonly retryAfterShare?: number;
}

export interface Fault {
  readonly kind: FaultKind;
  readonly delayMs: number;
  readonly retryAfter: number | null;
  readonly afterProcessing: boolean;
}

type GraphRouteName = Exclude<RouteName, 'demoToken' | 'unmatched'>;

const ALL_ROUTES: readonly FaultRoute[] = ['list', 'device', 'resetPasscode', 'syncDevice', 'audits', 'complianceStates', 'exportJobCreate', 'exportJobRead', 'any'];
const ALL_KINDS: readonly FaultKind[] = ['500', '502', '503', '504', '429', '401', 'delay', 'hang', 'drop', 'malformed', 'emptyPageWithNextLink'];
const AFTER_PROCESSING_KINDS: readonly FaultKind[] = ['500', '502', '503', '504', 'hang', 'drop', 'malformed'];
const RANDOM_DEFAULT_KINDS: readonly FaultKind[] = ['503', '504', '429', 'delay', 'drop', 'malformed', 'emptyPageWithNextLink'];

function toFault(spec: ScriptedFault): Fault {
  const retryAfter = spec.retryAfter !== undefined ? spec.retryAfter : spec.kind === '429' ? 1 : null;
  return { kind: spec.kind, delayMs: spec.delayMs ?? 1000, retryAfter, afterProcessing: spec.afterProcessing === true };
}

function check(fault: ScriptedFault): void {
  if (!ALL_ROUTES.includes(fault.route)) throw new TypeError(`Unknown fault route '${fault.route}'`);
  if (!ALL_KINDS.includes(fault.kind)) throw new TypeError(`Unknown fault kind '${fault.kind}'`);
  if (fault.kind === 'emptyPageWithNextLink' && fault.route !== 'list') throw new TypeError('emptyPageWithNextLink applies to the list route only');
  if (fault.afterProcessing && (fault.route !== 'resetPasscode' || !AFTER_PROCESSING_KINDS.includes(fault.kind))) {
    throw new TypeError(`afterProcessing applies to resetPasscode with ${AFTER_PROCESSING_KINDS.join(', ')}`);
  }
  if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0)) throw new RangeError('times must be a positive integer');
}

export class Faults {
  /** Requests a `hang` fault holds unanswered right now. */
  holding = 0;
  private scripted: { spec: ScriptedFault; left: number }[] = [];
  private randomConfig: { config: RandomFaults; random: Random } | null = null;

  constructor(private readonly tenantSeed: number) {}

  next(fault: ScriptedFault): void {
    check(fault);
    this.scripted.push({ spec: fault, left: fault.times ?? 1 });
  }

  /** Seeded random faults on every Graph request, or null to stop them. */
  random(config: RandomFaults | null): void {
    const share = (value: number | undefined) => value === undefined || (value >= 0 && value <= 1);
    if (config && !(config.probability >= 0 && config.probability <= 1)) throw new RangeError('probability must be from 0 to 1');
    if (config && !(share(config.afterProcessing) && share(config.retryAfterShare))) throw new RangeError('shares must be from 0 to 1');
    this.randomConfig = config && { config, random: createRandom(config.seed ?? this.tenantSeed, 'faults') };
  }

  clear(): void {
    this.scripted = [];
    this.randomConfig = null;
  }

  /** Scripted faults not yet used up. */
  pending(): number {
    return this.scripted.reduce((sum, entry) => sum + entry.left, 0);
  }

  /** The fault this request gets, if any: scripted ones first, in the order they were scripted. */
  take(route: GraphRouteName): Fault | null {
    const entry = this.scripted.find((e) => e.spec.route === route || e.spec.route === 'any');
    if (entry) {
      if (--entry.left === 0) this.scripted.splice(this.scripted.indexOf(entry), 1);
      return toFault(entry.spec);
    }
    return this.randomFault(route);
  }

  private randomFault(route: GraphRouteName): Fault | null {
    if (!this.randomConfig) return null;
    const { config, random } = this.randomConfig;
    const routes = config.routes ?? ['any'];
    if (!routes.includes(route) && !routes.includes('any')) return null;
    if (!random.chance(config.probability)) return null;
    const kinds = (config.kinds ?? RANDOM_DEFAULT_KINDS).filter((kind) => kind !== 'emptyPageWithNextLink' || route === 'list');
    if (kinds.length === 0) return null;
    const kind = random.pick(kinds);
    // Extra draws only when asked for, so the faults of a seed stay what they were without these options.
    const afterProcessing =
      config.afterProcessing !== undefined && route === 'resetPasscode' && AFTER_PROCESSING_KINDS.includes(kind) && random.chance(config.afterProcessing);
    const retryAfter = kind === '429' && config.retryAfterShare !== undefined && !random.chance(config.retryAfterShare) ? null : undefined;
    return toFault({ route, kind, delayMs: config.delayMs, afterProcessing, ...(retryAfter === null && { retryAfter }) });
  }
}
