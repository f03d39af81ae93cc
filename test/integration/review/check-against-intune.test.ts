import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { loadSigningKey } from '../../../main/action-log/signing-key';
import { readPasscodeAudits } from '../../../main/audits/read-audits';
import { isTerminalState } from '../../../shared/actions/action-summary';
import type { ReviewResult } from '../../../shared/log/review-result';
import { periodStart, reconcile } from '../../../shared/review/reconcile';
import { startHarness, type Harness } from '../../support/action-harness';
import { readLinesOf, relink, tempFolder, writeLinesTo } from '../action-log/log-fixtures';

/**
 * The technician holds the key, so files alone cannot catch them rewriting
 * their own history. Intune's own record can: real actions against the demo
 * tenant over HTTP, a log rewritten and re-sealed with the installation's own
 * key, then reconciled with the audits read back through the Graph client.
 */
let dir: ReturnType<typeof tempFolder>;
let h: Harness;
let file: string;
let actions: string[];

beforeEach(async () => {
  dir = tempFolder();
  h = await startHarness({ folder: dir.path });
  actions = [];
  for (const name of ['DEMO-IOS-17', 'DEMO-IOS-18']) {
    const sent = await h.actions.request({ deviceId: h.tenant.control.deviceId(name), ticket: `INC-${name}`, identityVerified: true, acknowledgedRecentActions: false });
    if (!sent.ok) throw new Error(sent.error.message);
    actions.push(sent.value.actionId);
    await h.waitFor('actionUpdated', (s) => s.actionId === sent.value.actionId && isTerminalState(s.state));
  }
  await h.actions.close();
  await h.log.close();
  file = join(h.logFolder, readdirSync(h.logFolder).find((n) => /^actions-\d{4}-\d{2}\.jsonl$/.test(n))!);
});
afterEach(async () => {
  await h.tenant.close();
  dir.remove();
});

async function review(): Promise<ReviewResult> {
  const result = await reviewLogs([h.logFolder]);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Rewrites the log as its own technician could: edits, then re-links and re-seals with the installation's key. */
async function rewrite(edit: (lines: string[]) => string[]): Promise<void> {
  const { key } = await loadSigningKey(h.logFolder, h.secretStore, new Date());
  writeLinesTo(file, relink(edit(readLinesOf(file)), { sign: (data) => key.sign(data) }));
}

/** The sequence made whole again, so nothing in the files themselves points at the change. */
const renumber = (lines: string[]) => lines.map((line, i) => JSON.stringify({ ...JSON.parse(line), seq: i + 1 }));

async function checkAgainstIntune(r: ReviewResult) {
  const audits = await readPasscodeAudits(h.graph, periodStart(r.chains));
  return reconcile(r.chains, r.rows.all(), audits, new Date().toISOString());
}

it('an honest log matches Intune: every action confirmed, no finding', async () => {
  const r = await review();
  const result = await checkAgainstIntune(r);
  expect(result.chains).toEqual([{ chain: r.chains[0]!.id, matched: 2, findings: [], findingCount: 0 }]);
});

it('the dishonest technician: an action deleted and the chain re-sealed verifies, but Intune reports it missing', async () => {
  await rewrite((lines) => renumber(lines.filter((line) => !line.includes(actions[0]!))));
  const r = await review();
  expect(r.chains.map((c) => [c.integrity.status, c.findingCount])).toEqual([['verified', 0]]);
  expect(r.rows.all().map((row) => row.actionId)).toEqual([actions[1]]);
  const result = await checkAgainstIntune(r);
  expect(result.chains[0]!.matched).toBe(1);
  expect(result.chains[0]!.findings).toMatchObject([{ kind: 'missing-from-logs', deviceName: 'DEMO-IOS-17', technician: h.tokens.technician.upn, actionId: null }]);
  expect(result.chains[0]!.findings[0]!.meaning).toMatch(/deleted from the log/);
});

it('an action Intune never saw, inserted into the log and re-sealed, is reported as unknown to Intune', async () => {
  const forgedId = randomUUID();
  await rewrite((lines) => {
    const copy = lines.filter((line) => line.includes(actions[1]!) && /"type":"(requested|accepted)"/.test(line));
    const deviceId = h.tenant.control.deviceId('DEMO-IOS-18');
    const other = h.tenant.control.deviceId('DEMO-IOS-17');
    // A reset on another device that Intune never received, dressed like a real one.
    const forged = copy.map((line) => line.replaceAll(actions[1]!, forgedId).replaceAll(deviceId, other).replace('"ticket":"INC-DEMO-IOS-18"', '"ticket":"INC-FORGED"'));
    const at = lines.findIndex((line) => line.includes('"type":"seal"'));
    // Renumber everything after the insertion so the sequence stays whole.
    return renumber([...lines.slice(0, at), ...forged, ...lines.slice(at)]);
  });
  const r = await review();
  expect(r.chains.map((c) => [c.integrity.status, c.findingCount])).toEqual([['verified', 0]]);
  const result = await checkAgainstIntune(r);
  expect(result.chains[0]!.findings.map((f) => [f.kind, f.actionId])).toEqual([['unknown-to-intune', forgedId]]);
  expect(result.chains[0]!.findings[0]!.meaning).toMatch(/inserted or forged/);
});
