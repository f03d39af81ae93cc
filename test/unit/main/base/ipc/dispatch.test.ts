import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../../../main/base/ipc/dispatch';
import type { Handlers } from '../../../../../main/base/ipc/handlers';
import { silentLogger } from '../../../../../main/base/logger';
import { ok } from '../../../../../shared/result';
import { defaultSettings } from '../../../../../shared/settings/settings';

// Handlers that record whether they ran: bad input must never reach them.
function spyHandlers() {
  const saveSettings = vi.fn(async ({ settings }) => ok(settings));
  const handlers = { getSettings: vi.fn(() => ok(defaultSettings)), saveSettings } as unknown as Handlers;
  return { handlers, saveSettings, dispatch: createDispatch(handlers, silentLogger) };
}
const context = { door: 'test' as const };
function spyHandlersWith(extra: Record<string, unknown>) {
  return { dispatch: createDispatch(extra as unknown as Handlers, silentLogger) };
}

describe('dispatch', () => {
  it('parses a valid request and returns the handler result', async () => {
    const { dispatch, saveSettings } = spyHandlers();
    const settings = { ...defaultSettings, requireTicketReference: false };
    expect(await dispatch('saveSettings', { settings }, context)).toEqual({ ok: true, value: settings });
    expect(saveSettings).toHaveBeenCalledOnce();
  });

  const badInputs: Array<[string, unknown]> = [
    ['the wrong shape', { settings: 'yes' }],
    ['no argument at all', undefined],
    ['an extra key', { settings: defaultSettings, extra: true }],
    ['an extra key inside', { settings: { ...defaultSettings, admin: true } }],
    ['a __proto__ key', JSON.parse('{"settings": {}, "__proto__": {"polluted": true}}')],
    ['a nested constructor key', JSON.parse('{"settings": {"constructor": {"prototype": {}}}}')],
    ['a 10 MB string', { settings: { ...defaultSettings, tenant: 'x'.repeat(10 * 1024 * 1024) } }],
    ['a wrongly typed enum', { settings: { ...defaultSettings, language: 'klingon' } }],
    ['a malformed tenant', { settings: { ...defaultSettings, tenant: 'not a tenant!', clientId: '1b2c3d4e-0000-4000-8000-00000000abcd' } }],
  ];
  it('refuses a device id that would name another Graph resource (a dot segment)', async () => {
    const { dispatch } = spyHandlers();
    for (const deviceId of ['.', '..']) {
      expect(await dispatch('getDevice', { deviceId }, context)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      const action = { deviceId, ticket: 'INC-1', identityVerified: true, acknowledgedRecentActions: false };
      expect(await dispatch('requestPasscodeAction', action, context)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
  });

  it('accepts only a GUID as a device id from the window, on every channel that takes one, with an error that says so', async () => {
    const handler = vi.fn(() => ok(null));
    const { dispatch } = spyHandlersWith({ getDevice: handler, getPreflight: handler, getDeviceRecentActions: handler, requestPasscodeAction: handler });
    const notGuids = ['dev-1', '%2e%2e', 'a/b', '0f8fad5b-d9cb-469f-a165-70867728950e/resetPasscode', '0f8fad5b-d9cb-469f-a165-70867728950e?x=1', ' 0f8fad5b-d9cb-469f-a165-70867728950e', '0f8fad5bd9cb469fa16570867728950e', 'g'.repeat(36), ''];
    for (const deviceId of notGuids) {
      for (const channel of ['getDevice', 'getPreflight', 'getDeviceRecentActions'] as const) {
        expect(await dispatch(channel, { deviceId }, context)).toMatchObject({
          ok: false,
          error: { code: 'invalid_request', say: { code: 'invalidDeviceId', params: { channel } }, message: expect.stringMatching(/not an Intune device id \(a GUID\)/) },
        });
      }
      const action = { deviceId, ticket: 'INC-1', identityVerified: true, acknowledgedRecentActions: false };
      expect(await dispatch('requestPasscodeAction', action, context)).toMatchObject({ ok: false, error: { say: { code: 'invalidDeviceId' } } });
    }
    expect(handler).not.toHaveBeenCalled();
    // Intune's ids, in either case, and the demo tenant's (same shape) reach the handler.
    for (const deviceId of ['0f8fad5b-d9cb-469f-a165-70867728950e', '0F8FAD5B-D9CB-469F-A165-70867728950E', '9c1e57a2-4d1b-4e6a-8f00-123456789abc']) {
      expect(await dispatch('getDevice', { deviceId }, context)).toEqual({ ok: true, value: null });
    }
    // Another wrong field beside a bad device id is the general refusal, not the device one.
    const mixed = await dispatch('requestPasscodeAction', { deviceId: 'dev-1', ticket: 'INC-1', identityVerified: 'yes', acknowledgedRecentActions: false }, context);
    expect(mixed).toMatchObject({ ok: false, error: { say: { code: 'invalidArguments' } } });
  });

  it.each([
    ['a Date', new Date(0)],
    ['a Map', new Map([['settings', {}]])],
    ['a RegExp', /settings/],
    ['a Set', new Set()],
  ])('refuses %s where a plain object is expected, before any schema or handler', async (_name, raw) => {
    const { dispatch, handlers } = spyHandlers();
    expect(await dispatch('getSettings', raw, context)).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringMatching(/plain data/) } });
    expect(await dispatch('saveSettings', { settings: { ...defaultSettings, tenant: new Date(0) } }, context)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(handlers.getSettings).not.toHaveBeenCalled();
  });

  it('refuses a device id with a lone surrogate as invalid input, not as an internal error', async () => {
    const { dispatch } = spyHandlers();
    for (const deviceId of ['abc\uD800', '\uDC00def', 'x\uDBFFy']) {
      expect(await dispatch('getDevice', { deviceId }, context)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      const action = { deviceId, ticket: 'INC-1', identityVerified: true, acknowledgedRecentActions: false };
      expect(await dispatch('requestPasscodeAction', action, context)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    // A real pair (an emoji) is text like any other: it passes the Unicode check and reaches the schema, which refuses it as no GUID.
    const { dispatch: withDevice } = spyHandlersWith({ getDevice: vi.fn(() => ok(null)) });
    expect(await withDevice('getDevice', { deviceId: 'dev-\uD83D\uDE00' }, context)).toMatchObject({ ok: false, error: { say: { code: 'invalidDeviceId' } } });
  });

  it.each(badInputs)('answers invalid_request for %s and runs no handler code', async (_name, raw) => {
    const { dispatch, saveSettings } = spyHandlers();
    const result = await dispatch('saveSettings', raw, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_request');
    expect(saveSettings).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an unknown channel, including prototype names', async () => {
    const { dispatch } = spyHandlers();
    for (const channel of ['deleteEverything', '__proto__', 'toString', 'constructor']) {
      const result = await dispatch(channel, {}, context);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('turns a throwing handler into an internal error value', async () => {
    const handlers = { getSettings: () => { throw new Error('boom'); } } as unknown as Handlers;
    const error = vi.fn();
    const dispatch = createDispatch(handlers, { ...silentLogger, error });
    expect(await dispatch('getSettings', {}, context)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(error).toHaveBeenCalledOnce();
  });
});
