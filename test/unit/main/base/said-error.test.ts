import { describe, expect, it } from 'vitest';
import { errSaid } from '../../../../main/base/said-error';
import { appErrorSchema } from '../../../../shared/result';

describe('an error main words from a code', () => {
  it('carries the code with its values for the window, and the English for main\'s own log', () => {
    const result = errSaid('already_in_progress', { code: 'actionInProgress', params: { state: 'pending' } }, { actionId: 'a1' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'already_in_progress',
        message: 'A passcode action on this device is still in progress (pending); wait for it to finish',
        say: { code: 'actionInProgress', params: { state: 'pending' } },
        detail: { actionId: 'a1' },
      },
    });
    // It crosses IPC intact: the result schema keeps `say`.
    expect(appErrorSchema.parse(!result.ok && result.error).say).toEqual({ code: 'actionInProgress', params: { state: 'pending' } });
  });

  it('refuses at the boundary a code main does not have, or one missing its values', () => {
    expect(appErrorSchema.safeParse({ code: 'internal', message: 'x', say: { code: 'noSuchCode', params: {} } }).success).toBe(false);
    expect(appErrorSchema.safeParse({ code: 'internal', message: 'x', say: { code: 'actionInProgress', params: {} } }).success).toBe(false);
  });
});
