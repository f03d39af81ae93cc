import { describe, expect, it } from 'vitest';
import { createTenantActionsService } from '../../../../main/audits/tenant-actions-service';
import { createEventHub } from '../../../../main/base/events';
import { silentLogger } from '../../../../main/base/logger';
import type { GraphClient, GraphPage } from '../../../../main/graph/graph-client';
import { GraphError } from '../../../../main/graph/graph-error';

const audit = { id: 'a1', managedDeviceId: 'dev-1', action: 'resetPasscode', requestDateTime: '2026-01-15T09:00:00Z', actionState: 'done' };

describe('tenant actions service', () => {
  it('stops a poll under way at close, and never pushes audits read for a tenant it no longer serves', async () => {
    let reads = 0;
    let signalOfSecond: AbortSignal | undefined;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let secondStarted!: () => void;
    const second = new Promise<void>((resolve) => (secondStarted = resolve));
    const graph = {
      async *listRemoteActionAudits(options?: { signal?: AbortSignal }): AsyncGenerator<GraphPage> {
        if (++reads === 2) {
          signalOfSecond = options?.signal;
          secondStarted();
          await released;
        }
        yield { items: [audit], loaded: 1, last: true, total: null, requestId: null };
      },
    } as unknown as GraphClient;
    let snapshots = 0;
    let secondSnapshot!: () => void;
    const snapshotAfterClose = new Promise<void>((resolve) => (secondSnapshot = resolve));
    const events = createEventHub();
    const pushed: string[] = [];
    events.listen((event) => void pushed.push(event));
    const service = createTenantActionsService({
      graph,
      events,
      logger: silentLogger,
      ourActions: async () => {
        if (++snapshots === 2) secondSnapshot();
        return [];
      },
      pollMs: 5,
    });

    expect(await service.list(false)).toMatchObject({ ok: true, value: { rows: [{ id: 'a1' }] } });
    await second; // the poll's read is under way
    service.close();
    expect(signalOfSecond?.aborted).toBe(true);
    release();
    await snapshotAfterClose;
    await new Promise((resolve) => setImmediate(resolve));
    expect(pushed).toEqual([]);
  });

  it('says why a read failed as a code with values, never in the cause\'s own English', async () => {
    const failWith = (cause: unknown) => {
      const graph = {
        // eslint-disable-next-line require-yield
        async *listRemoteActionAudits(): AsyncGenerator<GraphPage> {
          throw cause;
        },
      } as unknown as GraphClient;
      return createTenantActionsService({ graph, events: createEventHub(), logger: silentLogger, ourActions: async () => [] });
    };
    const noticeAfter = async (cause: unknown) => {
      const view = await failWith(cause).list(true);
      return view.ok ? { available: view.value.available, notice: view.value.notice } : null;
    };
    expect(await noticeAfter(new GraphError({ failure: 'http', status: 403, message: 'Forbidden' }))).toEqual({ available: false, notice: { code: 'auditsRefused', params: {} } });
    expect(await noticeAfter(new GraphError({ failure: 'http', status: 500, message: 'Internal' }))).toEqual({ available: true, notice: { code: 'refreshStatus', params: { status: '500' } } });
    expect(await noticeAfter(new GraphError({ failure: 'timeout', message: 'timed out' }))).toEqual({ available: true, notice: { code: 'refreshNoAnswer', params: {} } });
    expect(await noticeAfter(new Error('socket hang up'))).toEqual({ available: true, notice: { code: 'refreshFailed', params: {} } });
  });
});
