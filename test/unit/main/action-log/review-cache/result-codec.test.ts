import { describe, expect, it } from 'vitest';
import type { ChainResult } from '../../../../../main/action-log/chain-verifier';
import { decodeResult, encodeResult } from '../../../../../main/action-log/review-cache/result-codec';
import { createFolder } from '../../../../../shared/log/folded-action';
import type { AnyActionEntry } from '../../../../../shared/log/log-entry';

const device = { id: 'dev-1', name: 'iPad di Zoë', platform: 'iOS', osVersion: '17.5', mode: 'userEnrollment', ownerUpn: 'zoe@contoso.example', serial: 'DMPX1234' };
const technician = { upn: 'tech@contoso.example', objectId: '0b6f6c8e-3f0e-4f6a-9d2a-1c2b3d4e5f60', displayName: 'Taylor Tech' };
const entry = (seq: number, actionId: string, type: string, extra: Record<string, unknown> = {}) =>
  ({ v: 2, seq, time: `2026-05-10T08:00:0${seq}.000Z`, prev: '0'.repeat(64), type, actionId, technician, tenantId: 't-1', device, ...extra }) as unknown as AnyActionEntry;

function chainResult(): ChainResult {
  const folder = createFolder('install-1');
  folder.add(entry(1, 'a-1', 'requested', { ticket: 'INC-1', identityVerified: true }), { file: '/logs/actions-2026-05.jsonl', line: 1 });
  folder.add(entry(2, 'a-1', 'failed', { graphRequestId: 'req-1', error: { code: 'Forbidden', message: 'no role' } }), { file: '/logs/actions-2026-05.jsonl', line: 2 });
  folder.add(entry(3, 'a-2', 'accepted', { graphRequestId: 'req-2' }), { file: '/logs/actions-2026-05.jsonl', line: 3 });
  folder.flag('a-2', 'unsealed');
  return {
    chain: { id: 'install-1', installId: 'install-1', machineName: 'PC', fingerprints: [], technicians: [technician.upn], firstTime: null, lastTime: null, entries: 3, firstSeq: 1, lastSeq: 3, fromGenesis: true, integrity: { status: 'unsealed', line: 3 }, findingCount: 1, lacks: [], files: ['/logs/actions-2026-05.jsonl'] },
    files: [],
    tracked: folder.tracked(),
    keys: [],
    edges: { first: { seq: 1, prev: '0'.repeat(64), legacy: false }, last: { seq: 3, hash: 'h', rawHash: 'h' } },
  };
}

describe('the cached form of a chain review', () => {
  it('gives back every row and its fold state, through JSON', () => {
    const result = chainResult();
    const back = decodeResult(JSON.parse(JSON.stringify(encodeResult(result))));
    expect(back).toEqual(result);
    expect(back.tracked.map((t) => [t.row.lastState, t.row.findings, t.ticketFromRequest, t.requestIdFromResponse])).toEqual([
      ['failed', [], true, true],
      ['accepted', ['unsealed'], false, true],
    ]);
  });

  it('keeps a repeated device once', () => {
    const encoded = encodeResult(chainResult());
    expect(encoded.devices).toHaveLength(1);
    expect(encoded.columns.every((column) => column.length === 2)).toBe(true);
  });

  it('refuses rows of the wrong shape or pointing at nothing', () => {
    const encoded = encodeResult(chainResult());
    expect(() => decodeResult({ ...encoded, columns: encoded.columns.slice(1) })).toThrow(/wrong shape/);
    expect(() => decodeResult({ ...encoded, devices: [] })).toThrow(/refers to nothing/);
  });
});
