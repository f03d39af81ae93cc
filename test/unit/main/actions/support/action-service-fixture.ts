import { createActionService, type ActionServiceDeps } from '../../../../../main/actions/action-service';
import { createEventHub } from '../../../../../main/base/events';
import { silentLogger } from '../../../../../main/base/logger';
import type { GraphClient } from '../../../../../main/graph/graph-client';
import { err, ok, type Result } from '../../../../../shared/result';
import type { FoldedAction } from '../../../../../shared/log/folded-action';
import type { ActionEntry, ActionEntryInput } from '../../../../../shared/log/log-entry';
import type { ReviewResult } from '../../../../../shared/log/review-result';
import { reviewRowsOf } from '../../../../../main/action-log/review-rows';
import { createFakeClock } from '../../../../support/fake-clock';

/**
 * The action service wired to fakes of Graph and the log that write down, in
 * order, what the service asked of them (`calls`: 'read', 'POST', 'poll',
 * 'log <entry type>'), so a test asserts the order of the request flow.
 * Everything else is the service's own.
 */

/** The one device the fake Graph knows: an iPhone. */
export const iosDevice = { id: 'dev-1', deviceName: 'PHONE-1', operatingSystem: 'iOS', osVersion: '17.5', deviceType: 'iPhone' };
/** A request for it, as the renderer sends one with no ticket. */
export const iosRequest = { deviceId: 'dev-1', ticket: '', identityVerified: true as const, acknowledgedRecentActions: false };

export interface ActionServiceFixture {
  /** The device read waits on it (a slow Graph). */
  readGate?: Promise<void>;
  /** The POST waits on it. */
  postGate?: Promise<void>;
  /** What the log shows as this install's own entries; none (a log error) when not given. */
  logRows?: FoldedAction[];
  /** Stands in for the log's append (a full disk, a slow fsync). */
  append?: (entry: ActionEntryInput) => Promise<Result<ActionEntry>>;
  /** Replaces any of the service's other dependencies. */
  overrides?: Partial<ActionServiceDeps>;
}

export function buildActionService(fixture: ActionServiceFixture = {}) {
  const calls: string[] = [];
  const readSignals: Array<AbortSignal | undefined> = [];
  const graph = {
    async getManagedDevice(_id: string, opts?: { signal?: AbortSignal }) {
      calls.push('read');
      readSignals.push(opts?.signal);
      await fixture.readGate;
      return iosDevice;
    },
    async resetPasscode() {
      calls.push('POST');
      await fixture.postGate;
      return { requestId: 'r1', clientRequestId: 'c1', date: null };
    },
    async getDeviceActionResults() {
      calls.push('poll');
      return { results: [], requestId: null };
    },
  } as unknown as GraphClient;
  const review = (rows: FoldedAction[]): ReviewResult => ({ chains: [], files: [], rows: reviewRowsOf(rows), keys: [], tornFiles: [], skipped: [] });
  const log = {
    append:
      fixture.append ??
      (async (entry: ActionEntryInput) => {
        calls.push(`log ${entry.type}`);
        return ok({ ...entry, time: new Date().toISOString() } as ActionEntry);
      }),
    readOwnEntries: async () => (fixture.logRows ? ok(review(fixture.logRows)) : err('log_error', 'not in this test')),
  };
  const clock = createFakeClock();
  const service = createActionService({
    graph,
    log,
    events: createEventHub(),
    technician: () => ({ upn: 'tech@contoso.example', objectId: 'oid-1' }),
    tenantId: () => 'tenant-1',
    settings: () => ({ requireTicketReference: false }),
    logger: silentLogger,
    clock,
    ...fixture.overrides,
  });
  return { service, calls, clock, readSignals };
}
