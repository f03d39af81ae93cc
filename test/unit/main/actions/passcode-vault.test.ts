import { describe, expect, it } from 'vitest';
import { createPasscodeVault, passcodeLifetimeMs } from '../../../../main/actions/passcode-vault';
import { createFakeClock } from '../../../support/fake-clock';

describe('passcode vault', () => {
  it('hands a passcode over once, then forgets it', () => {
    const vault = createPasscodeVault({ clock: createFakeClock() });
    vault.put('a1', '48151623');
    expect(vault.has('a1')).toBe(true);
    expect(vault.reveal('a1')).toBe('48151623');
    expect(vault.has('a1')).toBe(false);
    expect(vault.reveal('a1')).toBeNull();
  });

  it('expires after the 7 days the portal shows a passcode', async () => {
    const clock = createFakeClock();
    const vault = createPasscodeVault({ clock });
    expect(passcodeLifetimeMs).toBe(7 * 24 * 3_600_000);
    vault.put('a1', '48151623');
    await clock.advance(passcodeLifetimeMs - 1);
    expect(vault.has('a1')).toBe(true);
    await clock.advance(1);
    expect(vault.has('a1')).toBe(false);
    expect(vault.reveal('a1')).toBeNull();
  });

  it('tells the action log which text holds a passcode it keeps', () => {
    const vault = createPasscodeVault({ clock: createFakeClock() });
    vault.put('a1', '48151623');
    expect(vault.isSecret('ticket INC-48151623')).toBe(true);
    expect(vault.isSecret('ticket INC-1')).toBe(false);
    vault.clear();
    expect(vault.has('a1')).toBe(false);
  });
});
