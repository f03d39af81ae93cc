import { describe, expect, it } from 'vitest';
import type { FoldedAction } from '../../../../shared/log/folded-action';
import { buildActionService, iosRequest as request } from './support/action-service-fixture';

// The in-flight guard across the service's life: actions the log shows
// unfinished hold their device before any new request is checked, and a
// service that closes (tenant switch, quit) neither sends nor follows
// anything afterwards.

/** A promise the test opens when it chooses: a Graph call held mid-way. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

function unfinished(actionId: string, deviceId: string, tenantId = 'tenant-1'): FoldedAction {
  const at = '2026-01-15T08:00:00.000Z';
  return {
    actionId, action: 'resetPasscode', tenantId, device: { id: deviceId, name: deviceId }, technician: { upn: 'tech@contoso.example', objectId: 'oid-1' },
    ticket: 'INC-1', identityVerified: true, requestedAt: at, lastState: 'accepted', lastType: 'accepted', lastUpdate: at,
    graphRequestId: 'r0', error: null, entryCount: 2, firstFile: 'actions-2026-01.jsonl', firstLine: 2, findings: [], chain: 'install-1',
  };
}

describe('action service: unfinished actions from the log', () => {
  it('hold their device before a new request is checked, even before anyone called resumeFromLog', async () => {
    const { service, calls } = buildActionService({ logRows: [unfinished('7f1d6c1e-0000-4000-8000-000000000002', 'dev-2'), unfinished('7f1d6c1e-0000-4000-8000-000000000001', 'dev-1')] });
    const result = await service.request(request);
    expect(result).toMatchObject({ ok: false, error: { code: 'already_in_progress', detail: { actionId: '7f1d6c1e-0000-4000-8000-000000000001' } } });
    expect(calls).not.toContain('POST');
    expect(calls.filter((c) => c === 'log resumed')).toHaveLength(2);
    await service.close();
  });

  it('are all held while a resume is under way, so a request at the same moment is refused', async () => {
    const { service, calls } = buildActionService({ logRows: [unfinished('7f1d6c1e-0000-4000-8000-000000000002', 'dev-2'), unfinished('7f1d6c1e-0000-4000-8000-000000000001', 'dev-1')] });
    const [resumed, result] = await Promise.all([service.resumeFromLog(), service.request(request)]);
    expect(resumed).toEqual({ ok: true, value: { resumed: 2 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'already_in_progress' } });
    expect(calls).not.toContain('POST');
    await service.close();
  });
});

describe('action service: one log, several tenants', () => {
  it("lists and resumes only the signed-in tenant's actions", async () => {
    const other = unfinished('7f1d6c1e-0000-4000-8000-000000000009', 'dev-9', 'demo-tenant');
    const { service } = buildActionService({ logRows: [other, unfinished('7f1d6c1e-0000-4000-8000-000000000001', 'dev-1')] });
    expect(await service.resumeFromLog()).toEqual({ ok: true, value: { resumed: 1 } });
    const listed = await service.list();
    expect(listed.ok && listed.value.map((a) => a.deviceId)).toEqual(['dev-1']);
    await service.close();
  });
});

describe('action service: closing with a request under way', () => {
  it('sends nothing when it closes while the device is being re-read', async () => {
    const read = gate();
    const { service, calls, clock, readSignals } = buildActionService({ readGate: read.opened });
    const pending = service.request(request);
    await clock.settle();
    expect(calls).toEqual(['read']);
    const closing = service.close();
    expect(readSignals[0]?.aborted).toBe(true); // a real read stops at once
    read.open();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await closing;
    expect(calls).toEqual(['read']);
  });

  it('logs the answer of a POST under way before it has closed, and starts no tracker afterwards', async () => {
    const post = gate();
    const { service, calls, clock } = buildActionService({ postGate: post.opened });
    const pending = service.request(request);
    await clock.settle();
    expect(calls).toEqual(['read', 'log requested', 'POST']);
    let closed = false;
    const closing = service.close().then(() => (closed = true));
    await clock.settle();
    expect(closed).toBe(false); // waits for Graph's answer, so it reaches the log
    post.open();
    expect(await pending).toMatchObject({ ok: true, value: { state: 'accepted' } });
    await closing;
    expect(calls).toEqual(['read', 'log requested', 'POST', 'log accepted']);
    await clock.advance(60 * 60_000);
    expect(calls).not.toContain('poll'); // left unfinished in the log, for the next service to resume
  });
});
