import type { Device } from '../../shared/devices/device';
import type { PasscodeRequirementCheck, Preflight, UnlockTokenCheck } from '../../shared/devices/preflight';
import type { Clock } from '../base/clock';
import type { GraphClient } from '../graph/graph-client';
import { checkFailed, problemOf } from './check-problem';
import { checkPasscodeRequirement } from './passcode-policy-check';
import type { UnlockTokenReport } from './unlock-token-report';

/**
 * The checks shown before the technician confirms (details panel and confirm
 * dialog). Each runs on its own and is bounded: one that fails or takes too
 * long answers "could not check" with the reason, and nothing waits for it
 * to allow the action.
 */
export interface PreflightDeps {
  graph: GraphClient;
  clock: Clock;
  unlockTokens: UnlockTokenReport;
  /** The longest one check may take here (the unlock-token report has its own, longer deadline). */
  checkTimeoutMs?: number;
  reportTimeoutMs?: number;
}

const appleModes = new Set(['ios_device', 'ipados_device']);

async function bounded<T extends { state: string }>(clock: Clock, ms: number, work: (signal: AbortSignal) => Promise<T>, timedOut: T): Promise<T> {
  const controller = new AbortController();
  const timer = new AbortController();
  const late = clock.sleep(ms, timer.signal).then(
    () => {
      controller.abort(new Error('timeout'));
      return timedOut;
    },
    () => timedOut,
  );
  try {
    return await Promise.race([work(controller.signal), late]);
  } catch (error) {
    return { ...timedOut, problem: problemOf(error, checkFailed) };
  } finally {
    timer.abort();
  }
}

export async function runPreflight(deps: PreflightDeps, device: Device): Promise<Preflight> {
  const decision = device.decision;
  const checkMs = deps.checkTimeoutMs ?? 20_000;
  const reportMs = deps.reportTimeoutMs ?? 4 * 60_000;
  const unlockApplies = decision.eligible && appleModes.has(decision.mode);
  const unlockToken: Promise<UnlockTokenCheck> = unlockApplies
    ? bounded(deps.clock, reportMs, (signal) => deps.unlockTokens.lookup(device.id, signal), {
        state: 'couldNotCheck',
        reportedAt: null,
        problem: { code: 'preflightReportLate', params: { minutes: String(Math.round(reportMs / 60_000)) } },
      })
    : Promise.resolve({ state: 'notApplicable', reportedAt: null, problem: null });
  const passcodeRequired: Promise<PasscodeRequirementCheck> = decision.eligible
    ? bounded(deps.clock, checkMs, (signal) => checkPasscodeRequirement(deps.graph, device.id, signal), {
        state: 'couldNotCheck',
        policyName: null,
        problem: { code: 'preflightGraphLate', params: { seconds: String(Math.round(checkMs / 1000)) } },
      })
    : Promise.resolve({ state: 'notApplicable', policyName: null, problem: null });
  return { unlockToken: await unlockToken, passcodeRequired: await passcodeRequired };
}
