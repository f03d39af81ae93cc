import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/ipc/contract';
import { createProcessSecretStore } from '../../support/process-secret-store';
import { callerFor, createTestCore } from '../../support/test-core';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
type Progress = EventPayload<'devicesProgress'>;

/** One start of the app on `dir`: the same encryption key each time, as safeStorage gives the same OS user. */
async function start(dir: string, key: Buffer) {
  const core = await createTestCore(dir, { secretStore: createProcessSecretStore(key), demo: { deviceCount: 600, pace: 'instant' } });
  const call = callerFor(core);
  const pages: Progress[] = [];
  // As the window does: once it has the first saved page on screen, it says so (main holds the rest until then).
  let acknowledge = true;
  core.events.listen((event, payload) => {
    if (event !== 'devicesProgress') return;
    const page = payload as Progress;
    pages.push(page);
    if (acknowledge && page.lastSession !== undefined && pages.filter((p) => p.lastSession !== undefined).length === 1) {
      void call('devicesShown', { loadId: page.loadId });
    }
  });
  /** Signs in and loads the list to its end; resolves with its events. */
  const signInAndLoad = async () => {
    await call('signIn', { method: 'interactive' });
    const done = new Promise<void>((resolve) => {
      const stop = core.events.listen((event, payload) => {
        const page = payload as Progress;
        if (event === 'devicesProgress' && page.done && page.lastSession === undefined) {
          stop();
          resolve();
        }
      });
    });
    pages.length = 0;
    await call('loadDevices', {});
    await done;
    return [...pages];
  };
  const withoutAcknowledging = () => (acknowledge = false);
  return { core, call, signInAndLoad, pages, withoutAcknowledging };
}

const cacheFiles = (dir: string) => (existsSync(path.join(dir, 'device-cache')) ? readdirSync(path.join(dir, 'device-cache')) : []);

describe('warm start: the last device list after a restart', () => {
  it('is sent first, marked as from the last session, then the fresh list follows', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const first = await start(dir, key);
    const cold = await first.signInAndLoad();
    expect(cold.every((page) => page.lastSession === undefined)).toBe(true);
    await first.core.close(); // quits without signing out; the save finishes first

    const files = cacheFiles(dir);
    expect(files).toHaveLength(1);
    const onDisk = readFileSync(path.join(dir, 'device-cache', files[0]!));
    const someDevice = cold[0]!.devices[0]!;
    for (const text of [someDevice.name!, someDevice.id, someDevice.serialNumber!]) expect(onDisk.includes(Buffer.from(text))).toBe(false);

    const second = await start(dir, key);
    const warm = await second.signInAndLoad();
    const saved = warm.filter((page) => page.lastSession !== undefined);
    const fresh = warm.filter((page) => page.lastSession === undefined);
    // The saved list comes whole and first, then Graph's.
    expect(warm.slice(0, saved.length)).toEqual(saved);
    expect(saved.flatMap((p) => p.devices)).toEqual(cold.flatMap((p) => p.devices));
    expect(saved.at(-1)).toMatchObject({ done: true, loaded: 600 });
    expect(new Date(saved[0]!.lastSession!.savedAt).getTime()).not.toBeNaN();
    expect(fresh.flatMap((p) => p.devices.map((d) => d.id))).toEqual(cold.flatMap((p) => p.devices.map((d) => d.id)));
    expect(fresh.at(-1)).toMatchObject({ done: true, error: null });
    await second.core.close();
  });

  it('is dropped when the technician signs out', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const first = await start(dir, key);
    await first.signInAndLoad();
    await first.call('signOut', {});
    await first.core.close();
    expect(cacheFiles(dir)).toEqual([]);

    const second = await start(dir, key);
    const pages = await second.signInAndLoad();
    expect(pages.some((page) => page.lastSession !== undefined)).toBe(false);
    await second.core.close();
  });

  it('holds the rest of the saved list until the window has painted its first page', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const first = await start(dir, key);
    await first.signInAndLoad();
    await first.core.close();

    const second = await start(dir, key);
    second.withoutAcknowledging();
    await second.call('signIn', { method: 'interactive' });
    second.pages.length = 0;
    const firstPage = new Promise<Progress>((resolve) => {
      const stop = second.core.events.listen((event, payload) => {
        if (event === 'devicesProgress') {
          stop();
          resolve(payload as Progress);
        }
      });
    });
    const started = await second.call('loadDevices', {});
    if (!started.ok) throw new Error(started.error.message);
    const { loadId } = started.value;
    expect(await firstPage).toMatchObject({ loadId, loaded: 250, done: false, lastSession: expect.anything() });
    // Main would send the next page on its next turn; many turns later, none has come.
    for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(second.pages).toHaveLength(1);

    const done = new Promise<void>((resolve) => {
      const stop = second.core.events.listen((event, payload) => {
        if (event === 'devicesProgress' && (payload as Progress).done && (payload as Progress).lastSession === undefined) {
          stop();
          resolve();
        }
      });
    });
    await second.call('devicesShown', { loadId });
    await done;
    const saved = second.pages.filter((page) => page.lastSession !== undefined);
    expect(saved.at(-1)).toMatchObject({ done: true, loaded: 600 });
    await second.core.close();
  });
});
