import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../../support/fake-clock';
import { startRsyslog } from '../../support/rsyslog-collector';
import { useTempDirs } from '../../support/temp-dir';
import { openLog, sampleEntry } from '../action-log/log-fixtures';
import { bodiesOf, forwardWithStatus, localLines } from './forwarding-harness';

const tempDir = useTempDirs();

/**
 * A TCP relay in front of the real rsyslog, so a test can count the forwarder's
 * connections and cut one in the middle, as a collector that dies would.
 * `cutFirstAfter`: the first connection is reset once that many bytes went through.
 */
async function relay(to: number, cutFirstAfter: number | null = null) {
  const seen: net.Socket[] = [];
  const server = net.createServer((client) => {
    seen.push(client);
    const upstream = net.connect({ host: '127.0.0.1', port: to });
    const cutting = seen.length === 1 && cutFirstAfter !== null;
    let passed = 0;
    client.on('data', (chunk: Buffer) => {
      passed += chunk.length;
      upstream.write(chunk);
      if (cutting && passed >= cutFirstAfter) {
        client.resetAndDestroy();
        upstream.destroy();
      }
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    connections: () => seen.length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function backlog(log: Awaited<ReturnType<typeof openLog>>, count: number) {
  // Many at once: the writer syncs them in groups, so a backlog of thousands takes a moment.
  for (let done = 0; done < count; done += 100) {
    const written = await Promise.all(Array.from({ length: 100 }, (_, i) => log.append(sampleEntry('requested', { ticket: `INC-${done + i}` }))));
    if (written.some((w) => !w.ok)) throw new Error('append failed');
  }
}

describe('one connection for a backlog', () => {
  it('carries batch after batch on one connection and confirms it once caught up', async () => {
    const dir = tempDir();
    const collector = await startRsyslog(path.join(dir, 'collector'), null);
    const via = await relay(collector.port);
    const log = await openLog(path.join(dir, 'log'));
    await backlog(log, 1200);
    const run = forwardWithStatus(log, { address: via.address, transport: 'tcp' }, createFakeClock(), 'desk-07', { batchLines: 250 });
    try {
      await run.drain(); // five batches and more
      const local = localLines(log);
      const central = await collector.waitForLines((lines) => bodiesOf(lines).length >= local.length, 'every line');
      expect(bodiesOf(central)).toEqual(local); // in order, once each
      expect(via.connections()).toBe(1);
      expect(run.forwarder.status()).toMatchObject({ state: 'connected', pending: 0, lastError: null });
    } finally {
      await run.forwarder.close();
      await log.close();
      await via.close();
      await collector.close();
    }
  });

  it('a connection cut after several batches: everything it carried goes again, from the last confirmed line', async () => {
    const dir = tempDir();
    const collector = await startRsyslog(path.join(dir, 'collector'), null);
    const log = await openLog(path.join(dir, 'log'));
    await backlog(log, 1200);
    const via = await relay(collector.port, 400_000); // a few batches of 250 lines (about 1 KB each) in
    const run = forwardWithStatus(log, { address: via.address, transport: 'tcp' }, createFakeClock(), 'desk-07', { batchLines: 250 });
    try {
      const failed = await run.waitFor((s) => s.state === 'retrying');
      expect(['dropped', 'closedUnconfirmed', 'closedBeforeTaking']).toContain(failed.lastError?.code);
      expect(failed.lastDeliveredAt).toBeNull(); // nothing was confirmed: the cut connection carried it all
      await run.drain(); // the back-off on the fake clock, then a new connection from the cursor
      const local = localLines(log);
      const central = await collector.waitForLines((lines) => local.every((l) => bodiesOf(lines).includes(l)), 'every line');
      const bodies = bodiesOf(central);
      expect(via.connections()).toBe(2);
      // The first line rode the cut connection and went again on the next: at least once, never lost.
      expect(bodies.filter((b) => b === local[0]).length).toBe(2);
      expect(local.filter((l) => !bodies.includes(l))).toEqual([]);
      expect(run.forwarder.status()).toMatchObject({ state: 'connected', pending: 0, lastError: null });
    } finally {
      await run.forwarder.close();
      await log.close();
      await via.close();
      await collector.close();
    }
  });

  // The next batch is read while one goes out (session 11); a cut anywhere must drop that read and start over in order.
  it.each([10_000, 60_000, 120_000])('a connection cut after %i bytes, with the next batch already read: the next connection carries every line once, in order', async (cutAfter) => {
    const dir = tempDir();
    const collector = await startRsyslog(path.join(dir, 'collector'), null);
    const log = await openLog(path.join(dir, 'log'));
    await backlog(log, 300); // about 250 KB framed: every cut below falls inside it
    const via = await relay(collector.port, cutAfter);
    const run = forwardWithStatus(log, { address: via.address, transport: 'tcp' }, createFakeClock(), 'desk-07', { batchLines: 25 });
    try {
      await run.waitFor((s) => s.state === 'retrying');
      await run.drain();
      const local = localLines(log);
      const central = await collector.waitForLines((lines) => local.every((l) => bodiesOf(lines).includes(l)), 'every line');
      expect(via.connections()).toBe(2);
      // Nothing was confirmed on the cut connection, so the second carried the whole log: its lines come last, exactly the log.
      expect(bodiesOf(central).slice(-local.length)).toEqual(local);
      expect(run.forwarder.status()).toMatchObject({ state: 'connected', pending: 0, lastError: null });
    } finally {
      await run.forwarder.close();
      await log.close();
      await via.close();
      await collector.close();
    }
  });
});
