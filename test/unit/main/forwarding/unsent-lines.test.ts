import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../main/action-log/entry-crypto';
import { describeLine } from '../../../../main/forwarding/unsent-lines';

/** describeLine on a line as it lies in a file (its bytes, then its newline). */
function describeText(text: string) {
  const withNewline = Buffer.from(`${text}\n`, 'utf8');
  return describeLine(withNewline.subarray(0, withNewline.length - 1), withNewline);
}

describe('what a line is sent as (seq, time, type, hash)', () => {
  it('reads the fields the writer puts first, without parsing the rest', () => {
    const line = '{"v":2,"seq":42,"time":"2026-05-10T08:00:00.000Z","type":"requested","actionId":"a","prev":"00"}';
    expect(describeText(line)).toEqual({ seq: 42, time: '2026-05-10T08:00:00.000Z', type: 'requested', hash: sha256Hex(Buffer.from(`${line}\n`)) });
  });

  // Each of these is not in the writer's shape, so the whole line is parsed (or found unreadable), as before session 11.
  it.each([
    ['a legacy line, fields in another order', '{"v":1,"time":"2025-01-01T00:00:00.000Z","type":"accepted","seq":7}', { seq: 7, time: '2025-01-01T00:00:00.000Z', type: 'accepted' }],
    ['an escape in the time', '{"v":2,"seq":5,"time":"2026\\u002d05","type":"state"}', { seq: 5, time: '2026-05', type: 'state' }],
    ['a type beyond ASCII', '{"v":2,"seq":5,"time":"t","type":"notè"}', { seq: 5, time: 't', type: 'notè' }],
    ['a seq too large to be exact', '{"v":2,"seq":99999999999999999,"time":"t","type":"x"}', { seq: 0, time: 't', type: 'x' }],
    ['a seq of zero', '{"v":2,"seq":0,"time":"t","type":"x"}', { seq: 0, time: 't', type: 'x' }],
    ['a seq with a leading zero (not JSON)', '{"v":2,"seq":012,"time":"t","type":"x"}', { seq: 0, time: '', type: 'unreadable' }],
    ['a line cut short', '{"v":2,"seq":5,"time":"2026-05-10T08:00:00.000Z","type":"state","st', { seq: 0, time: '', type: 'unreadable' }],
    ['not JSON at all', 'hello', { seq: 0, time: '', type: 'unreadable' }],
    ['a time that is not a string', '{"v":2,"seq":5,"time":17,"type":"x"}', { seq: 5, time: '', type: 'x' }],
  ])('%s', (_what, line, expected) => {
    expect(describeText(line)).toEqual({ ...expected, hash: sha256Hex(Buffer.from(`${line}\n`, 'utf8')) });
  });

  it('sends a line in the writer\'s shape whose end is damaged under its own seq and type (the body goes as it is; the review of the copy finds the damage)', () => {
    expect(describeText('{"v":2,"seq":9,"time":"t","type":"state",garbage}')).toMatchObject({ seq: 9, time: 't', type: 'state' });
  });
});
