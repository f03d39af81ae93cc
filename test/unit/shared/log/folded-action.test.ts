import { describe, expect, it } from 'vitest';
import { createFolder, createTechnicianTable, foldEntries } from '../../../../shared/log/folded-action';
import { filterActions } from '../../../../shared/log/review-rows';
import type { ActionEntry } from '../../../../shared/log/log-entry';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
let seq = 1;

function entry(actionId: string, type: ActionEntry['type'], fields: Partial<ActionEntry> = {}): ActionEntry {
  seq += 1;
  return {
    v: 2,
    seq,
    time: `2026-05-0${Math.min(9, seq)}T10:00:00.000Z`,
    type,
    actionId,
    technician: { upn: actionId === A ? 'alice@contoso.example' : 'bob@contoso.example', objectId: 'o', displayName: actionId === A ? 'Alice' : 'Bob' },
    tenantId: 't',
    device: { id: actionId === A ? 'dev-a' : 'dev-b', name: actionId === A ? 'IPAD-A' : 'PIXEL-B' },
    prev: '0'.repeat(64),
    ...fields,
  };
}

const at = (line: number) => ({ file: 'f.jsonl', line });

describe('fold', () => {
  seq = 1;
  const requestedA = entry(A, 'requested', { ticket: 'INC-1', identityVerified: true });
  const requestedB = entry(B, 'requested', { ticket: 'INC-2', identityVerified: false });
  const acceptedA = entry(A, 'accepted', { graphRequestId: 'req-a' });
  const failedB = entry(B, 'failed', { graphRequestId: 'req-b', error: { code: 'Forbidden', message: 'no role' } });
  const pendingA = entry(A, 'state', { state: 'pending', graphRequestId: 'poll-1' });
  const doneA = entry(A, 'state', { state: 'done' });
  const noteA = entry(A, 'note', { note: 'user called back' });

  it('makes one row per action with its request, last state and first line', () => {
    const rows = foldEntries([requestedA, requestedB, acceptedA, failedB, pendingA, doneA, noteA].map((e, i) => ({ entry: e, where: at(i + 2) })));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      actionId: A,
      ticket: 'INC-1',
      identityVerified: true,
      requestedAt: requestedA.time,
      lastState: 'done',
      lastType: 'note',
      lastUpdate: noteA.time,
      graphRequestId: 'req-a',
      error: null,
      entryCount: 5,
      firstLine: 2,
    });
    expect(rows[1]).toMatchObject({ actionId: B, lastState: 'failed', error: { code: 'Forbidden' }, graphRequestId: 'req-b', entryCount: 2 });
  });

  it('takes the last state by sequence number, not by reading order', () => {
    const rows = foldEntries([requestedA, doneA, pendingA].map((e, i) => ({ entry: e, where: at(i + 1) })));
    expect(rows[0]!.lastState).toBe('done');
  });

  it('still folds an action whose request entry is missing', () => {
    const rows = foldEntries([{ entry: pendingA, where: at(9) }]);
    expect(rows[0]).toMatchObject({ requestedAt: null, ticket: null, identityVerified: null, lastState: 'pending', firstLine: 9 });
  });

  describe('filter', () => {
    const rows = foldEntries([requestedA, requestedB, failedB, doneA].map((e, i) => ({ entry: e, where: at(i + 1) })));
    const ids = (filter: Parameters<typeof filterActions>[1]) => filterActions(rows, filter).map((r) => r.actionId);

    it('by technician, device, ticket and state', () => {
      expect(ids({ technician: 'ALICE' })).toEqual([A]);
      expect(ids({ technician: 'bob@' })).toEqual([B]);
      expect(ids({ device: 'pixel' })).toEqual([B]);
      expect(ids({ device: 'dev-a' })).toEqual([A]);
      expect(ids({ device: 'dev-' })).toEqual([]); // an id matches whole, a name in part
      expect(ids({ ticket: 'inc-2' })).toEqual([B]);
      expect(ids({ states: ['failed', 'done'] })).toEqual([A, B]);
      expect(ids({ states: ['pending'] })).toEqual([]);
      expect(ids({})).toEqual([A, B]);
    });

    it('by a date range on the request time, from inclusive, to exclusive', () => {
      expect(ids({ from: requestedB.time })).toEqual([B]);
      expect(ids({ to: requestedB.time })).toEqual([A]);
      expect(ids({ from: requestedA.time, to: '2027-01-01T00:00:00Z' })).toEqual([A, B]);
    });

    it('by kind of remote action, an entry without one being a passcode action', () => {
      const C = '33333333-3333-4333-8333-333333333333';
      const sync = entry(C, 'requested', { action: 'syncDevice' });
      const withSync = foldEntries([requestedA, requestedB, sync].map((e, i) => ({ entry: e, where: at(i + 1) })));
      const kinds = (actions: Parameters<typeof filterActions>[1]['actions']) => filterActions(withSync, { actions }).map((r) => r.actionId);
      expect(withSync.map((r) => r.action)).toEqual(['resetPasscode', 'resetPasscode', 'syncDevice']);
      expect(kinds(['syncDevice'])).toEqual([C]);
      expect(kinds(['resetPasscode'])).toEqual([A, B]);
      expect(kinds(['resetPasscode', 'syncDevice'])).toEqual([A, B, C]);
      expect(kinds([])).toEqual([A, B, C]);
    });
  });
});

describe('technicians the rows share', () => {
  // 200,000 rows by a handful of technicians keep a handful of technician objects; a row still serialises as its entries say.
  const alice = () => ({ upn: 'alice@contoso.example', objectId: 'o-a', displayName: 'Alice' });

  it('gives equal technicians one object, and keeps each different one as it was', () => {
    const shared = createTechnicianTable();
    const first = shared(alice());
    expect(shared(alice())).toBe(first);
    const renamed = { ...alice(), displayName: 'Alice B.' };
    const unnamed = { upn: 'alice@contoso.example', objectId: 'o-a' };
    const reordered = { objectId: 'o-a', upn: 'alice@contoso.example', displayName: 'Alice' };
    const otherId = { ...alice(), objectId: 'o-z' };
    for (const other of [renamed, unnamed, reordered, otherId]) {
      const kept = shared(other);
      expect(kept).toBe(other);
      expect(JSON.stringify(kept)).toBe(JSON.stringify(other));
    }
    expect(shared({ ...reordered })).toBe(reordered); // each kept one is shared in turn
    expect(shared(alice())).toBe(first);
  });

  it('folds rows whose technicians are equal onto one object, each row naming its own', () => {
    const folder = createFolder();
    seq = 100;
    const ids = ['33333333-3333-4333-8333-333333333333', '44444444-4444-4444-8444-444444444444', '55555555-5555-4555-8555-555555555555'];
    folder.add({ ...entry(ids[0]!, 'requested', { ticket: 'T', identityVerified: true }), technician: alice() }, at(1));
    folder.add({ ...entry(ids[1]!, 'requested', { ticket: 'T', identityVerified: true }), technician: alice() }, at(2));
    folder.add({ ...entry(ids[2]!, 'requested', { ticket: 'T', identityVerified: true }), technician: { ...alice(), displayName: 'Alice (night)' } }, at(3));
    const [one, two, three] = folder.rows();
    expect(one!.technician).toBe(two!.technician);
    expect(one!.technician).toEqual(alice());
    expect(three!.technician).toEqual({ ...alice(), displayName: 'Alice (night)' });
  });
});

describe('what a row names', () => {
  // The fold keeps the request's tenant, technician and device, whatever the entries before it said; each row its own.
  it('takes tenant, technician and device from the request even when an earlier entry named others', () => {
    const folder = createFolder();
    seq = 400;
    const night = { upn: 'night@contoso.example', objectId: 'o-n' };
    folder.add({ ...entry(A, 'state', { state: 'pending' }), tenantId: 't-old', technician: night, device: { id: 'dev-old', name: 'OLD' } }, at(1));
    folder.add({ ...entry(A, 'requested', { ticket: 'INC-9' }), tenantId: 't-new' }, at(2));
    const [row] = folder.rows();
    expect(row).toMatchObject({ tenantId: 't-new', technician: { upn: 'alice@contoso.example' }, device: { id: 'dev-a' }, ticket: 'INC-9' });
  });

  it('gives each row its own tenant when the tenants of the entries change from row to row', () => {
    const folder = createFolder();
    seq = 500;
    const ids = ['66666666-6666-4666-8666-666666666666', '77777777-7777-4777-8777-777777777777', '88888888-8888-4888-8888-888888888888', '99999999-9999-4999-8999-999999999999'];
    const tenants = ['t-1', 't-2', 't-2', 't-1'];
    ids.forEach((id, i) => folder.add({ ...entry(id, 'requested'), tenantId: tenants[i]! }, at(i + 1)));
    folder.add({ ...entry(ids[3]!, 'accepted'), tenantId: 't-3' }, at(5)); // not a request: the row keeps the request's tenant
    expect(folder.rows().map((row) => row.tenantId)).toEqual(tenants);
  });
});
