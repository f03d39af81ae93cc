import type { ActionLog } from '../action-log/action-log';
import type { Logger } from '../base/logger';
import type { Clock } from '../base/clock';
import { forwardingOff, type ForwardingStatus } from '../../shared/forwarding/forwarding-status';
import type { Settings } from '../../shared/settings/settings';
import { resolveTarget, type CollectorConfig } from './collector-target';
import { startForwarder, type Forwarder, type ForwarderLimits } from './forwarder';
import { problemOf } from './forwarding-fault';

export interface ForwardingServiceDeps {
  log: ActionLog | null;
  /** The collector the organisation's policy names, if any; `required` keeps forwarding on whatever the settings say. */
  collector: (CollectorConfig & { required: boolean }) | null;
  settings: () => Settings;
  clock: Clock;
  logger: Logger;
  onStatus: (status: ForwardingStatus) => void;
  limits?: Partial<ForwarderLimits>;
}

export interface ForwardingService {
  status(): ForwardingStatus;
  /** Starts or stops forwarding after the settings changed. */
  follow(settings: Settings): Promise<void>;
  retryNow(): void;
  close(): Promise<void>;
}

/** Runs one forwarder while the policy names a collector and forwarding is on; reports why not otherwise. */
export function createForwardingService(deps: ForwardingServiceDeps): ForwardingService {
  const collector = deps.collector;
  let forwarder: Forwarder | null = null;
  let idle: ForwardingStatus = forwardingOff('notConfigured');
  let switching: Promise<void> = Promise.resolve();

  function announce(): void {
    deps.onStatus(forwarder?.status() ?? idle);
  }

  async function apply(settings: Settings): Promise<void> {
    const address = collector?.address ?? null;
    const required = collector?.required ?? false;
    const wanted = collector !== null && deps.log !== null && (settings.forwardingEnabled || required);
    if (wanted && forwarder) return;
    if (!wanted) {
      await forwarder?.close();
      forwarder = null;
      idle = forwardingOff(collector === null ? 'notConfigured' : deps.log === null ? 'noLog' : 'switchedOff', address, required);
      return announce();
    }
    try {
      const target = resolveTarget(collector);
      forwarder = startForwarder({ log: deps.log!, target, required, clock: deps.clock, logger: deps.logger, limits: deps.limits, onStatus: deps.onStatus });
    } catch (error) {
      idle = { ...forwardingOff('badConfig', address, required), lastError: problemOf(error, address ?? '') };
      deps.logger.warn(`Forwarding is not possible: ${(error as Error).message}`);
    }
    announce();
  }

  const follow = (settings: Settings) => (switching = switching.then(() => apply(settings)));
  void follow(deps.settings());
  return {
    status: () => forwarder?.status() ?? idle,
    follow,
    retryNow: () => forwarder?.retryNow(),
    async close() {
      await switching;
      await forwarder?.close();
      forwarder = null;
    },
  };
}
