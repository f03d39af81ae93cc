import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as nextTask } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChainTip } from '../../../../main/action-log/tail-recovery';
import { silentLogger } from '../../../../main/base/logger';
import { resolveTarget } from '../../../../main/forwarding/collector-target';
import { startForwarder } from '../../../../main/forwarding/forwarder';
import type { ForwardingStatus } from '../../../../shared/forwarding/forwarding-status';
import { createFakeClock } from '../../../support/fake-clock';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the forwarder and the append path', () => {
  it('is woken in a task of its own when a line is synced, so the append that synced it resolves first', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'pd-forwarder-'));
    // A log with nothing to send, whose synced-line listener the test calls as the writer would.
    let reads = 0;
    let synced: ((tip: ChainTip) => void) | null = null;
    const log = {
      folder,
      installId: 'install-1',
      durableFiles: () => (reads++, []),
      tip: () => ({ seq: 0, hash: '0'.repeat(64) }),
      onDurable: (listener: (tip: ChainTip) => void) => ((synced = listener), () => undefined),
    };
    let idle: () => void = () => undefined;
    const isIdle = new Promise<void>((resolve) => (idle = resolve));
    const forwarder = startForwarder({
      log,
      target: resolveTarget({ address: '127.0.0.1:9', transport: 'tcp' }),
      required: true,
      clock: createFakeClock(),
      logger: silentLogger,
      // 'connected' with nothing read is announced as the loop goes idle, waiting to be woken.
      onStatus: (status: ForwardingStatus) => void (status.state === 'connected' && idle()),
    });
    try {
      await isIdle;
      const readsWhileIdle = reads;
      synced!({ seq: 1, hash: '1'.repeat(64) });
      // The writer's append resolves to its caller in the microtasks after this call: none of them reads the log.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      expect(reads).toBe(readsWhileIdle);
      await nextTask(); // the forwarder's own task
      expect(reads).toBe(readsWhileIdle + 1);
    } finally {
      await forwarder.close();
    }
  });
});
