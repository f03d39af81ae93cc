import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/core/create-core';
import type { ForwardingStatus } from '../../../shared/forwarding/forwarding-status';
import { createFakeClock } from '../../support/fake-clock';
import { startRsyslog } from '../../support/rsyslog-collector';
import { useTempDirs } from '../../support/temp-dir';
import { callerFor, createTestCore } from '../../support/test-core';

const tempDir = useTempDirs();

function statusEvents(core: Core) {
  const seen: ForwardingStatus[] = [];
  const waiters = new Set<() => void>();
  core.events.listen((event, payload) => {
    if (event !== 'forwardingStatus') return;
    seen.push(payload as ForwardingStatus);
    waiters.forEach((w) => w());
  });
  return (check: (s: ForwardingStatus) => boolean) =>
    new Promise<ForwardingStatus>((resolve) => {
      const test = () => {
        const hit = seen.find(check);
        if (hit) (waiters.delete(test), resolve(hit));
      };
      waiters.add(test);
      test();
    });
}

const logLines = (dir: string) => {
  const month = new Date().toISOString().slice(0, 7); // the log writes on the real clock
  return readFileSync(path.join(dir, 'action-log', `actions-${month}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
};

describe('the organisation policy in the core', () => {
  it('locks the ticket requirement, exposes the pattern, and forwards to the collector it names', async () => {
    const dir = tempDir();
    const collector = await startRsyslog(path.join(dir, 'collector'), null);
    const file = path.join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ RequireTicketReference: true, TicketPattern: 'INC[0-9]{7}', CollectorAddress: collector.address, CollectorTransport: 'tcp', CollectorRequired: true, Locked: ['requireTicketReference'] }));
    const core = await createTestCore(path.join(dir, 'user'), { policy: { file }, clock: createFakeClock() });
    const waitStatus = statusEvents(core);
    const call = callerFor(core);
    try {
      const policy = await call('getPolicy', {});
      expect(policy).toEqual({ ok: true, value: { source: file, problems: [], fallback: 'none', locked: ['requireTicketReference', 'forwarding'], ticketPattern: 'INC[0-9]{7}', collector: { address: collector.address, required: true } } });
      const settings = await call('getSettings', {});
      if (!settings.ok) throw new Error(settings.error.message);
      const refused = await call('saveSettings', { settings: { ...settings.value, requireTicketReference: false } });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_settings', message: /Set by your organisation: the ticket requirement/ } });
      const offRefused = await call('saveSettings', { settings: { ...settings.value, forwardingEnabled: false } });
      expect(offRefused).toMatchObject({ ok: false, error: { message: /forwarding to the collector cannot be changed/ } });
      expect((await call('getSettings', {})).ok && (await call('getSettings', {}))).toMatchObject({ value: { requireTicketReference: true, forwardingEnabled: true } });

      // The run's header is the first synced line; the collector confirms it.
      const connected = await waitStatus((s) => s.state === 'connected' && s.pending === 0 && s.lastDeliveredAt !== null);
      expect(connected).toMatchObject({ collector: collector.address, required: true, lastError: null });
      expect(collector.lines().some((l) => l.includes('"type":"header"'))).toBe(true);
    } finally {
      await core.close();
      await collector.close();
    }
  });

  it('writes a switched-off control to the log before the change takes effect', async () => {
    const dir = tempDir();
    const core = await createTestCore(dir);
    const call = callerFor(core);
    try {
      expect(await call('getForwardingStatus', {})).toMatchObject({ ok: true, value: { state: 'off', offReason: 'notConfigured' } });
      const settings = await call('getSettings', {});
      if (!settings.ok) throw new Error(settings.error.message);
      const saved = await call('saveSettings', { settings: { ...settings.value, requireTicketReference: false } });
      expect(saved).toMatchObject({ ok: true, value: { requireTicketReference: false } });
      expect(logLines(dir).filter((l) => l.type === 'setting')).toMatchObject([{ setting: 'requireTicketReference', from: true, to: false }]);
      // Switching it back on lowers nothing, so nothing more is written.
      await call('saveSettings', { settings: { ...settings.value, requireTicketReference: true } });
      expect(logLines(dir).filter((l) => l.type === 'setting')).toHaveLength(1);
    } finally {
      await core.close();
    }
  });

  it('a malformed policy starts the app with a notice and the ticket requirement locked on', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'policy.json');
    writeFileSync(file, 'RequireTicketReference=0');
    const core = await createTestCore(path.join(dir, 'user'), { policy: { file } });
    const call = callerFor(core);
    try {
      expect(await call('getPolicy', {})).toMatchObject({ ok: true, value: { problems: [{ code: 'notJson', params: {} }], fallback: 'unreadable', locked: ['requireTicketReference'] } });
      expect(await call('getSettings', {})).toMatchObject({ ok: true, value: { requireTicketReference: true } });
    } finally {
      await core.close();
    }
  });
});
