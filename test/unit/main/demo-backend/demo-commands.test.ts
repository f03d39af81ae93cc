import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DEMO_CONTROL_GLOBAL, exposeDemoCommands, listenForDemoCommands, runDemoCommand } from '../../../../main/demo-backend/demo-commands';
import { createManualClock, type DemoTenantControl } from '../../../../main/demo-tenant';

// The browser host's test-only seam: an end-to-end test in another process moves the
// demo tenant's clock and scripts its faults, and waits on the one-line answer.
describe('demo tenant commands on stdin', () => {
  const faults: unknown[] = [];
  const tenant = { faults: { next: (fault: unknown) => void faults.push(fault) } } as unknown as DemoTenantControl;

  it('moves the clock only when told, and answers with where it stands', () => {
    const clock = createManualClock(1_000);
    expect(runDemoCommand('{"id":1,"advanceMs":500}', { clock, tenant: () => null })).toEqual({ id: 1, ok: true, nowMs: 1_500 });
    expect(runDemoCommand('{"id":2,"setMs":9000}', { clock, tenant: () => null })).toEqual({ id: 2, ok: true, nowMs: 9_000 });
    expect(clock.now()).toBe(9_000);
  });

  it('scripts a fault once the tenant runs, and says plainly when it does not yet', () => {
    const clock = createManualClock(0);
    expect(runDemoCommand('{"id":3,"fault":{"route":"resetPasscode","kind":"502"}}', { clock, tenant: () => null })).toMatchObject({ id: 3, ok: false, error: expect.stringMatching(/not running yet/) });
    expect(runDemoCommand('{"id":4,"fault":{"route":"resetPasscode","kind":"502"}}', { clock, tenant: () => tenant })).toMatchObject({ id: 4, ok: true });
    expect(faults).toEqual([{ route: 'resetPasscode', kind: '502' }]);
  });

  it("overwrites a named device's text once the tenant runs, and refuses a command without a name or text", () => {
    const clock = createManualClock(0);
    const written: Array<[string, unknown]> = [];
    const running = { deviceId: (name: string) => `id-of-${name}`, setDeviceText: (id: string, text: unknown) => void written.push([id, text]) } as unknown as DemoTenantControl;
    const line = '{"id":8,"deviceText":{"name":"DEMO-IOS-17","text":{"deviceName":"X"}}}';
    expect(runDemoCommand(line, { clock, tenant: () => null })).toMatchObject({ id: 8, ok: false, error: expect.stringMatching(/not running yet/) });
    expect(runDemoCommand(line, { clock, tenant: () => running })).toMatchObject({ id: 8, ok: true });
    expect(written).toEqual([['id-of-DEMO-IOS-17', { deviceName: 'X' }]]);
    expect(runDemoCommand('{"id":9,"deviceText":{"text":{}}}', { clock, tenant: () => running })).toMatchObject({ id: 9, ok: false });
    expect(written).toHaveLength(1);
  });

  it('refuses what is not a command, without moving anything', () => {
    const clock = createManualClock(0);
    const target = { clock, tenant: () => tenant };
    expect(runDemoCommand('not json', target)).toMatchObject({ id: null, ok: false });
    expect(runDemoCommand('[1]', target)).toMatchObject({ ok: false });
    expect(runDemoCommand('{"id":5,"advanceMs":-1}', target)).toMatchObject({ id: 5, ok: false });
    expect(runDemoCommand('{"id":6,"advanceMs":1e400}', target)).toMatchObject({ id: 6, ok: false });
    expect(runDemoCommand('{"id":7}', target)).toMatchObject({ id: 7, ok: false, error: expect.stringMatching(/expected/) });
    expect(clock.now()).toBe(0);
  });

  it('answers every line read from the stream, one reply line each', async () => {
    const input = new PassThrough();
    const replies: string[] = [];
    const clock = createManualClock(0);
    const answered = new Promise<void>((resolve) => {
      listenForDemoCommands(input, { clock, tenant: () => null }, (line) => {
        replies.push(line);
        if (replies.length === 2) resolve();
      });
    });
    input.write('{"id":1,"advanceMs":10}\n\n{"id":2,"adv');
    input.write('anceMs":5}\n');
    await answered;
    expect(replies).toEqual(['PASSCODE_DESK_DEMO_REPLY={"id":1,"ok":true,"nowMs":10}', 'PASSCODE_DESK_DEMO_REPLY={"id":2,"ok":true,"nowMs":15}']);
  });

  it('on the Electron door, answers each call of the function it puts on the given global object', () => {
    const clock = createManualClock(0);
    const main: Record<string, unknown> = {};
    exposeDemoCommands({ clock, tenant: () => null }, main);
    const run = main[DEMO_CONTROL_GLOBAL] as (line: string) => unknown;
    expect(run('{"id":1,"advanceMs":2500}')).toEqual({ id: 1, ok: true, nowMs: 2_500 });
    expect(run('{"id":2,"advanceMs":-5}')).toMatchObject({ id: 2, ok: false });
    expect(clock.now()).toBe(2_500);
  });
});
