import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { DemoTenantControl, ManualClock, ScriptedFault } from '../demo-tenant';

/**
 * A test-only seam on the browser host (`--demo-control stdin`): an end-to-end
 * test, which runs in another process, moves the demo tenant's clock and
 * scripts its faults by writing one JSON command a line, e.g.
 * `{"id":1,"advanceMs":1000}`, `{"id":2,"setMs":1795000000000}` (Intune's clock roughly
 * agrees with ours, so a test sets the tenant's to its own before an action) or
 * `{"id":3,"fault":{"route":"resetPasscode","kind":"502"}}`, or
 * `{"id":4,"deviceText":{"name":"DEMO-IOS-17","text":{"deviceName":"..."}}}` (a broken or hostile
 * tenant's text for one device, control.ts `setDeviceText`).
 * Each command is answered on one line, `PASSCODE_DESK_DEMO_REPLY={"id":1,"ok":true,...}`,
 * so the test waits on that answer, never on time passing.
 */
export interface DemoCommandTarget {
  readonly clock: ManualClock;
  /** The running tenant's control, or null before the core has opened the demo backend. */
  tenant(): DemoTenantControl | null;
}

export type DemoReply = { id: unknown; ok: true; nowMs: number } | { id: unknown; ok: false; error: string };

export function runDemoCommand(line: string, target: DemoCommandTarget): DemoReply {
  let command: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new TypeError('a command is a JSON object');
    command = parsed as Record<string, unknown>;
  } catch (cause) {
    return { id: null, ok: false, error: `not a command: ${cause instanceof Error ? cause.message : String(cause)}` };
  }
  const id = command.id ?? null;
  try {
    if (typeof command.advanceMs === 'number') {
      if (!Number.isFinite(command.advanceMs) || command.advanceMs < 0) throw new RangeError('advanceMs must be a finite number of milliseconds, 0 or more');
      target.clock.advance(command.advanceMs);
    } else if (typeof command.setMs === 'number') {
      if (!Number.isFinite(command.setMs) || command.setMs < 0) throw new RangeError('setMs must be a time in milliseconds since 1970');
      target.clock.set(command.setMs);
    } else if (typeof command.fault === 'object' && command.fault !== null) {
      const tenant = target.tenant();
      if (tenant === null) throw new Error('the demo tenant is not running yet (sign in first)');
      tenant.faults.next(command.fault as ScriptedFault);
    } else if (typeof command.deviceText === 'object' && command.deviceText !== null) {
      const tenant = target.tenant();
      if (tenant === null) throw new Error('the demo tenant is not running yet (sign in first)');
      const { name, text } = command.deviceText as { name?: unknown; text?: unknown };
      if (typeof name !== 'string' || typeof text !== 'object' || text === null) throw new TypeError('deviceText needs a device name and a text object');
      tenant.setDeviceText(tenant.deviceId(name), text as Parameters<DemoTenantControl['setDeviceText']>[1]);
    } else {
      throw new TypeError('expected advanceMs, setMs, fault or deviceText');
    }
    return { id, ok: true, nowMs: target.clock.now() };
  } catch (cause) {
    return { id, ok: false, error: cause instanceof Error ? cause.message : String(cause) };
  }
}

/**
 * The same seam on an unpackaged Electron door started with `--demo-control`. Playwright starts
 * Electron with no stdin, so the test calls this function on main's global object through
 * `electronApp.evaluate` (the inspector only a test opens), one command a call, and gets the reply
 * back from the call itself. It moves only the demo tenant's clock and faults.
 */
export const ELECTRON_DEMO_CONTROL_SWITCH = '--demo-control';
export const DEMO_CONTROL_GLOBAL = '__passcodeDeskDemoControl';

export function exposeDemoCommands(target: DemoCommandTarget, on: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  on[DEMO_CONTROL_GLOBAL] = (line: string): DemoReply => runDemoCommand(line, target);
}

/** Reads commands from `input` until it ends; every line gets exactly one reply through `reply`. */
export function listenForDemoCommands(input: Readable, target: DemoCommandTarget, reply: (line: string) => void): void {
  const lines = createInterface({ input, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    reply(`PASSCODE_DESK_DEMO_REPLY=${JSON.stringify(runDemoCommand(line, target))}`);
  });
}

// The browser host wires this seam but may not reach into the simulator itself (scripts/boundary-rooms.mjs).
export { createManualClock } from '../demo-tenant';
export type { DemoTenantControl } from '../demo-tenant';
