import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createProcessSecretStore } from '../../support/process-secret-store';
import { openLog, sampleEntry, writeActions } from '../action-log/log-fixtures';
import { callerFor, createTestCore } from '../../support/test-core';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const key = Buffer.alloc(32, 7);

// The review channels through the real core, on real log files: what the
// "Review logs" view does, with no sign-in and no network.
describe('log review through the core', () => {
  async function coreWithHistory() {
    const userData = tempDir();
    const log = await openLog(path.join(userData, 'action-log'));
    await writeActions(log, 3);
    await log.append(sampleEntry('requested', { ticket: '=HYPERLINK("http://evil")' }));
    await log.close();
    const core = await createTestCore(userData, { secretStore: createProcessSecretStore(key) });
    return { core, userData };
  }

  it("opens this computer's log, verifies it and pages through the folded actions", async () => {
    const { core } = await coreWithHistory();
    const opened = await callerFor(core)('openLogs', { kind: 'own' });
    expect(opened.ok).toBe(true);
    if (!opened.ok || !opened.value) throw new Error('no review');
    expect(opened.value.totalActions).toBe(4);
    expect(opened.value.chains).toHaveLength(1);
    expect(opened.value.chains[0]!.integrity.status).toBe('verified');
    expect(opened.value.chains[0]!.files.every((f) => f.integrity.status === 'verified')).toBe(true);
    expect(opened.value.signingKeys).toHaveLength(1);

    const page = await callerFor(core)('listReviewRows', { reviewId: opened.value.reviewId, filter: {}, offset: 0, limit: 2 });
    expect(page).toMatchObject({ ok: true, value: { total: 4 } });
    if (page.ok) {
      const value = page.value;
      expect(value.rows).toHaveLength(2);
      expect(value.perDay.reduce((n, d) => n + Object.values(d.counts).reduce((a, b) => a + b, 0), 0)).toBe(4);
    }
    const filtered = await callerFor(core)('listReviewRows', { reviewId: opened.value.reviewId, filter: { ticket: 'INC-1' }, offset: 0, limit: 50 });
    expect(filtered).toMatchObject({ ok: true, value: { total: 1 } });
    await core.close();
  });

  it('exports the filtered rows to CSV where the save dialog says, with formulas neutralised', async () => {
    const { core, userData } = await coreWithHistory();
    const opened = await callerFor(core)('openLogs', { kind: 'own' });
    if (!opened.ok || !opened.value) throw new Error('no review');
    const exported = await callerFor(core)('exportReviewCsv', { reviewId: opened.value.reviewId, filter: {} });
    expect(exported).toMatchObject({ ok: true, value: { rows: 4 } });
    if (!exported.ok || !exported.value.path) throw new Error('not exported');
    const file = exported.value.path;
    expect(path.dirname(file)).toBe(path.join(userData, 'exports'));
    const csv = readFileSync(file, 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    // Which computer wrote each row: the chain's machine, as the log's headers name it.
    const chainMachine = opened.value.chains[0]!.machineName;
    expect(chainMachine).toMatch(/\S/);
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((line) => line.split(','));
    const machine = header!.indexOf('Machine');
    expect(machine).toBeGreaterThan(-1);
    expect(rows.map((row) => row[machine])).toEqual([chainMachine, chainMachine, chainMachine, chainMachine]);
    await core.close();
  });

  it('reports an edited file as broken at its line while the rest is still reviewed', async () => {
    const { core, userData } = await coreWithHistory();
    const folder = path.join(userData, 'action-log');
    const month = readdirSync(folder).find((f) => f.endsWith('.jsonl') && f.startsWith('actions-'))!;
    const lines = readFileSync(path.join(folder, month), 'utf8').split('\n');
    expect(lines[1]).toContain('INC-0');
    lines[1] = lines[1]!.replace('INC-0', 'INC-9');
    await core.close();
    writeFileSync(path.join(folder, month), lines.join('\n'));
    const again = await createTestCore(userData, { secretStore: createProcessSecretStore(key) });
    const opened = await callerFor(again)('openLogs', { kind: 'own' });
    if (!opened.ok || !opened.value) throw new Error('no review');
    const file = opened.value.chains.flatMap((c) => c.files).find((f) => f.file.endsWith(month))!;
    expect(file.integrity).toMatchObject({ status: 'broken', line: 2 });
    expect(opened.value.totalActions).toBeGreaterThanOrEqual(4);
    await again.close();
  });

  it('refuses a review id it does not hold, and answers null when the dialog is cancelled', async () => {
    const userData = tempDir();
    const core = await createTestCore(userData, {
      platform: { openExternal: async () => undefined, pickLogPaths: async () => null, pickSavePath: async () => null },
    });
    expect(await callerFor(core)('openLogs', { kind: 'files' })).toEqual({ ok: true, value: null });
    expect(await callerFor(core)('listReviewRows', { reviewId: 'nope', filter: {}, offset: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await core.close();
  });
});
