import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiagnosticLog, diagnosticLogName } from '../../../../main/base/diagnostic-log';
import { redactSecrets } from '../../../../main/base/redact';

const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'pd-diag-'));
  folders.push(folder);
  return folder;
}
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const at = () => new Date('2026-11-29T22:00:00.000Z');
const jwt = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1cG4iOiJhbGV4QGNvbnRvc28uY29tIn0.c2lnbmF0dXJlLXBhcnQ';

describe('the diagnostic log', () => {
  it('writes one timestamped line per event into a file in the logs folder it is given', () => {
    const folder = path.join(tempFolder(), 'logs');
    const log = createDiagnosticLog({ folder: () => folder, now: at });
    log.info('Signed in');
    log.error('Graph call failed', new Error('socket hang up'));
    expect(log.file()).toBe(path.join(folder, diagnosticLogName));
    const text = readFileSync(log.file(), 'utf8');
    expect(text).toMatch(/^2026-11-29T22:00:00.000Z INFO Signed in\n/);
    expect(text).toMatch(/ERROR Graph call failed \| Error: socket hang up/);
  });

  it('never writes a token or a passcode, whatever a message or an error carries', () => {
    const folder = tempFolder();
    const log = createDiagnosticLog({ folder: () => folder, now: at });
    log.warn(`Graph GET failed: Authorization: Bearer ${jwt}`);
    log.error('token endpoint said', new Error(`{"access_token":"${jwt}","refresh_token":"0.AXoA-secret-refresh","id_token":"${jwt}"}`));
    log.info('callback http://127.0.0.1:5000/?code=0.AVYA_secret_auth_code&state=abc');
    log.info('vault: {"passcode":"48151623","actionId":"a1"}');
    log.info('device code flow: device_code=GAAABAAEAiL9Kn2Z27Uu, client_secret=shh-123');
    const text = readFileSync(log.file(), 'utf8');
    for (const secret of [jwt, 'secret-refresh', 'secret_auth_code', '48151623', 'GAAABAAEAiL9Kn2Z27Uu', 'shh-123']) expect(text).not.toContain(secret);
    expect(text).toContain('actionId');
    expect(text).toContain('state=abc');
  });

  it('rotates by size and keeps a bounded number of old files', () => {
    const folder = tempFolder();
    const log = createDiagnosticLog({ folder: () => folder, now: at, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i++) log.info(`line ${i} ${'x'.repeat(40)}`);
    expect(readdirSync(folder).sort()).toEqual(['passcode-desk.1.log', 'passcode-desk.2.log', 'passcode-desk.log']);
    expect(readFileSync(path.join(folder, 'passcode-desk.log'), 'utf8')).toContain('line 39');
    for (const file of readdirSync(folder)) expect(readFileSync(path.join(folder, file)).length).toBeLessThanOrEqual(200);
  });

  it('remembers the last Graph request ids, newest first', () => {
    const log = createDiagnosticLog({ folder: () => tempFolder(), now: at });
    log.info('Graph GET /beta/deviceManagement/managedDevices 200, request-id 0f1e2d3c-0000-4000-8000-000000000001');
    log.warn('Graph POST /beta/deviceManagement/managedDevices/d1/resetPasscode failed (503, request-id 0f1e2d3c-0000-4000-8000-000000000002); attempt 2 of 4');
    log.info('Graph GET /x 200, request-id none');
    expect(log.recentGraphRequestIds()).toEqual(['0f1e2d3c-0000-4000-8000-000000000002', '0f1e2d3c-0000-4000-8000-000000000001']);
  });

  it('keeps the app running when the folder cannot be written', () => {
    const file = path.join(tempFolder(), 'not-a-folder');
    writeFileSync(file, 'x');
    const log = createDiagnosticLog({ folder: () => path.join(file, 'logs'), now: at });
    expect(() => log.error('still fine')).not.toThrow();
  });
});

describe('redactSecrets', () => {
  it('leaves ordinary text alone', () => {
    const text = 'Graph GET /beta/deviceManagement/managedDevices 200, request-id 0f1e2d3c-0000-4000-8000-000000000001 (DEMO-IOS-17)';
    expect(redactSecrets(text)).toBe(text);
  });
});
