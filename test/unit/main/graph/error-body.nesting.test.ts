import { describe, expect, it } from 'vitest';
import { parseErrorBody } from '../../../../main/graph/error-body';

// The shape real tenants send for a missing Intune role (docs/intune-facts.md, "Errors"):
// error.message is JSON whose Message is JSON again.
const innermost = {
  _version: 3,
  Message:
    'An error has occurred - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: 5b2d7e0c-1a2b-4c3d-8e9f-0a1b2c3d4e5f - Url: https://fef.example.invalid/x',
  CustomApiErrorPhrase: '',
  RetryAfter: null,
  ErrorSourceService: '',
  HttpHeaders: '{}',
};
const doubleNested = JSON.stringify({ ErrorCode: 'Forbidden', Message: JSON.stringify(innermost), Target: null, Details: null, InnerError: null, Instance: null });

function body(message: string, code = 'UnknownError'): string {
  return JSON.stringify({ error: { code, message, innerError: { date: '2026-11-29T21:00:00', 'request-id': 'req-1', 'client-request-id': 'cli-1' } } });
}

/** Wraps `message` in `levels` more Intune documents, each with its own (outer, generic) code. */
function wrap(message: string, levels: number): string {
  let current = message;
  for (let i = 0; i < levels; i++) current = JSON.stringify({ ErrorCode: `Outer${i}`, Message: current, RetryAfter: null });
  return current;
}

describe('JSON inside JSON in error.message', () => {
  it('two levels (a 401 for a missing Intune role): the inner Forbidden, the sentence, the activity id', () => {
    const parsed = parseErrorBody(body(doubleNested));
    expect(parsed).toMatchObject({
      code: 'UnknownError',
      innerCode: 'Forbidden',
      message: 'An error has occurred',
      activityId: '5b2d7e0c-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      innerRequestId: 'req-1',
      innerClientRequestId: 'cli-1',
      retryAfterMs: null,
    });
  });

  it('any depth: the innermost ErrorCode, Message and RetryAfter win over the outer ones', () => {
    const deepest = JSON.stringify({ ErrorCode: 'Forbidden', Message: 'Role missing - Activity ID: aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', RetryAfter: 7 });
    const parsed = parseErrorBody(body(wrap(deepest, 10)));
    expect(parsed).toMatchObject({ innerCode: 'Forbidden', message: 'Role missing', retryAfterMs: 7_000, activityId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' });
  });

  it('an outer RetryAfter stands when the inner levels give none', () => {
    const parsed = parseErrorBody(body(JSON.stringify({ ErrorCode: 'TooMany', RetryAfter: '12', Message: JSON.stringify({ Message: 'Slow down', RetryAfter: null }) })));
    expect(parsed).toMatchObject({ innerCode: 'TooMany', message: 'Slow down', retryAfterMs: 12_000 });
  });

  it('a level cut short is read as the text it is, keeping what outer levels said', () => {
    const parsed = parseErrorBody(body(JSON.stringify({ ErrorCode: 'Forbidden', Message: '{"_version":3,"Message":"Half' })));
    expect(parsed).toMatchObject({ innerCode: 'Forbidden', message: '{"_version":3,"Message":"Half' });
  });
});
