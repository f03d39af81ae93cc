import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsoleLogger } from '../../../../main/base/logger';

afterEach(() => vi.restoreAllMocks());

describe('the browser host console logger', () => {
  it('masks a bearer token or a JWT that slipped into a message or a cause, as the diagnostic file does', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZWNoIn0.c2lnbmF0dXJl';
    const logger = createConsoleLogger('browser-host');
    logger.info('calling Graph with Authorization: Bearer abcdefghijklmnop');
    logger.error('sign-in failed', new Error(`token endpoint said access_token=${jwt}`));
    const printed = [...info.mock.calls, ...error.mock.calls].flat().join('\n');
    expect(printed).toContain('[browser-host] calling Graph');
    expect(printed).toContain('sign-in failed');
    expect(printed).not.toContain('abcdefghijklmnop');
    expect(printed).not.toContain(jwt);
    expect(printed).not.toContain('c2lnbmF0dXJl');
  });
});
