import { describe, expect, it } from 'vitest';
import { parseErrorBody, readableIntuneMessage } from '../../../../main/graph/error-body';

const intuneDocument = JSON.stringify({
  _version: 3,
  Message:
    'An error has occurred - Operation ID (for customer support): 0f3b7c1e-1111-4222-8333-944445555666 - Activity ID: 7d1c2b3a-aaaa-4bbb-8ccc-ddddeeeeffff - Url: https://fef.msub03.manage.microsoft.com/DeviceFE/StatelessDeviceFEService/deviceManagement/managedDevices/x/resetPasscode?api-version=2024-01-01',
  CustomApiErrorPhrase: '',
  RetryAfter: 30,
  ErrorSourceService: '',
  HttpHeaders: '{}',
});

function body(message: unknown, code: unknown = 'BadRequest', innerError: unknown = undefined): string {
  return JSON.stringify({ error: { code, message, ...(innerError !== undefined && { innerError }) } });
}

describe("Intune's JSON-inside-message errors", () => {
  it('shows the sentence, not the document or its tracing', () => {
    const parsed = parseErrorBody(body(intuneDocument));
    expect(parsed.code).toBe('BadRequest');
    expect(parsed.message).toBe('An error has occurred');
    expect(parsed.retryAfterMs).toBe(30_000);
  });

  it('keeps the inner request ids and date for support', () => {
    const parsed = parseErrorBody(body('Not found', 'ResourceNotFound', { date: '2026-01-15T09:00:00', 'request-id': 'r-1', 'client-request-id': 'c-1' }));
    expect(parsed).toMatchObject({ innerRequestId: 'r-1', innerClientRequestId: 'c-1', innerDate: '2026-01-15T09:00:00' });
  });

  it('reads a plain message as it is', () => {
    expect(parseErrorBody(body('Insufficient privileges to complete the operation.')).message).toBe('Insufficient privileges to complete the operation.');
  });

  it('survives a document cut short, a document without Message, and odd RetryAfter values', () => {
    expect(readableIntuneMessage('{"_version":3,"Message":"Half').message).toBe('{"_version":3,"Message":"Half');
    expect(readableIntuneMessage('{"_version":3}').message).toBeNull();
    expect(readableIntuneMessage('{"Message":"Busy","RetryAfter":"12"}')).toMatchObject({ message: 'Busy', retryAfterMs: 12_000 });
    expect(readableIntuneMessage('{"Message":"Busy","RetryAfter":null}').retryAfterMs).toBeNull();
    expect(readableIntuneMessage('{"Message":"Busy","RetryAfter":-1}').retryAfterMs).toBeNull();
    expect(readableIntuneMessage('["not", "an", "object"]').message).toBe('["not", "an", "object"]');
  });

  it('never throws on bodies that are not Graph errors', () => {
    for (const text of ['', 'null', '42', '"text"', '{"error":null}', '{"error":"flat"}', '{"error":{"code":5,"message":{}}}', '<html><body>Bad gateway</body></html>']) {
      expect(() => parseErrorBody(text)).not.toThrow();
    }
    expect(parseErrorBody('<html><body>Bad gateway</body></html>').message).toBeNull();
    expect(parseErrorBody('upstream connect error').message).toBe('upstream connect error');
    expect(parseErrorBody('{"error":{"code":5,"message":{}}}')).toMatchObject({ code: null, message: null });
  });

  it('keeps a long message to a readable length on one line', () => {
    const message = parseErrorBody(body(`line one\n\n${'x'.repeat(2_000)}`)).message ?? '';
    expect(message.length).toBeLessThanOrEqual(500);
    expect(message).not.toContain('\n');
  });
});
