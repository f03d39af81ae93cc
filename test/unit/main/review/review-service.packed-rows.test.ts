import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackedPiece, type ColumnsPiece } from '../../../../main/action-log/packed-piece';
import { appendRows, PackedReviewRows } from '../../../../main/action-log/review-rows';
import { keptWhole } from '../../../../main/action-log/row-blocks';
import { packTracked } from '../../../../main/action-log/tracked-wire';
import type { PlatformServices } from '../../../../main/platform/platform-services';
import { createReviewService, countPerDay } from '../../../../main/review/review-service';
import { actionsCsvPieces } from '../../../../shared/log/actions-csv';
import type { FoldedAction, Tracked } from '../../../../shared/log/folded-action';
import type { ChainReview, ReviewResult } from '../../../../shared/log/review-result';
import { filterActions } from '../../../../shared/log/review-rows';
import type { ReviewFilter } from '../../../../shared/review/review';
import { ok } from '../../../../shared/result';
import { useTempDirs } from '../../../support/temp-dir';
import { row as trackedRow } from '../../main/action-log/support/stretch-fixtures';

// The review service pages, filters, sorts, counts and exports a review whose rows a worker sent packed. Its
// answers must be the ones the service gave when every row was an object: filter, then newest first (ties in
// review order), then the page; the chart from the trusted rows; the CSV line for line.
const tempDir = useTempDirs();
const chain = { id: 'pc-1', machineName: 'PC-1' } as ChainReview;
const technicians = [
  { upn: 'ana@contoso.example', objectId: 'o-1', displayName: 'Ana Bianchi' },
  { upn: 'luca@contoso.example', objectId: 'o-2' },
];
const states = ['done', 'failed', 'pending', 'refused'] as const;

/** 120 rows: times repeat (ties), a third without a request, some with findings, tickets, other devices. */
function rows(): Tracked[] {
  return Array.from({ length: 120 }, (_, i) => {
    const time = `2026-11-${String(1 + (i % 9)).padStart(2, '0')}T${String(8 + (i % 5)).padStart(2, '0')}:00:00.000Z`;
    return trackedRow(`id-${String(i).padStart(3, '0')}`, i + 1, {
      requestedAt: i % 3 === 0 ? null : time,
      lastUpdate: time,
      technician: technicians[i % 2]!,
      device: i % 4 === 0 ? { id: `DEV-${i % 7}`, name: `iPhone Ünï ${i % 7}`, serial: `S${i}` } : { id: `dev-${i % 7}`, name: `Pixel ${i % 7}` },
      ticket: i % 5 === 0 ? null : `INC-${i % 11}`,
      lastState: states[i % 4]!,
      action: i % 6 === 0 ? 'syncDevice' : 'resetPasscode',
      findings: i % 13 === 0 ? ['edited'] : [],
      chain: 'pc-1',
    });
  });
}

/** The review as a threaded review gives it: the first 50 rows folded here, the rest sent packed in two pieces. */
function packedReview(all: Tracked[]): ReviewResult {
  const piece = (part: Tracked[]) => keptWhole(new PackedPiece(packTracked(part) as ColumnsPiece));
  const kept = new PackedReviewRows();
  appendRows(kept, { tracked: all.slice(0, 50), more: [piece(all.slice(50, 90)), piece(all.slice(90))] } as never);
  return { chains: [chain], files: [], rows: kept, keys: [], tornFiles: [], skipped: [] };
}

/** What the service answered when rows were objects: filter, sort newest first (stable), page. */
function reference(all: FoldedAction[], filter: ReviewFilter): FoldedAction[] {
  const found = filterActions(all, filter);
  return found.sort((a, b) => (b.requestedAt ?? b.lastUpdate).localeCompare(a.requestedAt ?? a.lastUpdate));
}

const filters: ReviewFilter[] = [
  {},
  { technician: 'BIANCHI' },
  { technician: 'luca@' },
  { device: 'ünï 3' },
  { device: 'dev-5' }, // an exact id, either case
  { ticket: 'inc-1' },
  { states: ['failed', 'refused'] },
  { actions: ['syncDevice'] },
  { from: '2026-11-03T00:00:00.000Z', to: '2026-11-06T09:00:00.000Z' },
  { technician: 'ana', states: ['done'], from: '2026-11-02T00:00:00.000Z' },
];

function serviceWith(review: ReviewResult, savePath = '') {
  return createReviewService({
    platform: { pickSavePath: async () => savePath } as unknown as PlatformServices,
    ownLogFolder: '/logs',
    readOwnLog: async () => ok(review),
  });
}

async function openOwn(service: ReturnType<typeof serviceWith>): Promise<string> {
  const opened = await service.open('own');
  if (!opened.ok || opened.value === null) throw new Error('the review did not open');
  return opened.value.reviewId;
}

describe('the review service over packed rows', () => {
  it('pages, filters and sorts exactly as over row objects, each filter after another and back', async () => {
    const all = rows();
    const objects = all.map((t) => t.row);
    const service = serviceWith(packedReview(all));
    const id = await openOwn(service);
    for (const filter of [...filters, ...filters.slice().reverse()]) {
      const expected = reference(objects, filter);
      for (const [offset, limit] of [[0, 7], [7, 7], [expected.length - 3, 10], [0, 1000]] as const) {
        const page = service.listRows(id, filter, Math.max(0, offset), limit);
        if (!page.ok) throw new Error(page.error.message);
        expect(page.value.rows).toEqual(expected.slice(Math.max(0, offset), Math.max(0, offset) + limit));
        expect(page.value.total).toBe(expected.length);
        const trusted = expected.filter((r) => r.findings.length === 0);
        expect(page.value.untrusted).toBe(expected.length - trusted.length);
        expect(page.value.perDay).toEqual(countPerDay(trusted));
      }
    }
  });

  it('counts each chain\'s actions and untrusted ones from the packed rows', async () => {
    const all = rows();
    const opened = await serviceWith(packedReview(all)).open('own');
    expect(opened.ok && opened.value?.totalActions).toBe(120);
    expect(opened.ok && opened.value?.chains[0]).toMatchObject({ actions: 120, untrustedActions: all.filter((t) => t.row.findings.length > 0).length });
  });

  it('exports the filtered rows as CSV exactly as from row objects', async () => {
    const all = rows();
    const target = join(tempDir(), 'actions.csv');
    const service = serviceWith(packedReview(all), target);
    const id = await openOwn(service);
    const filter: ReviewFilter = { technician: 'ana' };
    const saved = await service.exportCsv(id, filter);
    const expected = reference(all.map((t) => t.row), filter);
    expect(saved).toEqual({ ok: true, value: { path: target, rows: expected.length } });
    expect(readFileSync(target, 'utf8')).toBe(`\uFEFF${[...actionsCsvPieces(expected, () => 'PC-1')].join('')}`);
  });
});
