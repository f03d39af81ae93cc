import type { Clock } from '../base/clock';
import { systemClock } from '../base/clock';

/**
 * Generated passcodes (Android), held in main memory only: keyed by action
 * id, handed over once on demand, then dropped. They expire after the time
 * the Intune portal shows them (7 days) and die with the process. Nothing
 * here is ever written, logged or sent in an event.
 */
export interface PasscodeVault {
  put(actionId: string, passcode: string): void;
  has(actionId: string): boolean;
  /** The passcode, once: the vault forgets it as it answers. Null when absent or expired. */
  reveal(actionId: string): string | null;
  /** True for text that contains a held passcode: the action log's last-line check (SecretCheck). */
  isSecret(text: string): boolean;
  clear(): void;
}

export const passcodeLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export function createPasscodeVault(options: { clock?: Clock; lifetimeMs?: number } = {}): PasscodeVault {
  const clock = options.clock ?? systemClock;
  const lifetimeMs = options.lifetimeMs ?? passcodeLifetimeMs;
  const held = new Map<string, { passcode: string; expiresAt: number }>();

  function sweep(): void {
    const now = clock.now();
    for (const [actionId, entry] of held) if (entry.expiresAt <= now) held.delete(actionId);
  }

  return {
    put(actionId, passcode) {
      if (passcode !== '') held.set(actionId, { passcode, expiresAt: clock.now() + lifetimeMs });
    },
    has(actionId) {
      sweep();
      return held.has(actionId);
    },
    reveal(actionId) {
      sweep();
      const entry = held.get(actionId);
      held.delete(actionId);
      return entry?.passcode ?? null;
    },
    isSecret(text) {
      for (const { passcode } of held.values()) if (text.includes(passcode)) return true;
      return false;
    },
    clear() {
      held.clear();
    },
  };
}
