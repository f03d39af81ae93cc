import { describe, expect, it } from 'vitest';
import { matchedTail, missingToConfirm, tailCheckOf, tailChecksOf, tailMatches, tailState, type ConfirmInput } from '../../../../../renderer/components/confirm/confirm-rules';

const ready: ConfirmInput = {
  ticketRequired: true,
  ticket: 'INC-1',
  tailChecks: [{ what: 'serial', tail: '7H3M' }],
  tailTyped: '7h3m',
  identityVerified: true,
  recentChecked: true,
  recentWarn: false,
  recentAcknowledged: false,
};

describe('what Confirm waits for', () => {
  it('nothing when everything is done', () => expect(missingToConfirm(ready)).toEqual([]));
  it('the ticket only when it is required', () => {
    expect(missingToConfirm({ ...ready, ticket: '  ' })).toEqual(['ticket']);
    expect(missingToConfirm({ ...ready, ticket: '', ticketRequired: false })).toEqual([]);
  });
  it('a ticket reference that means something: 3 characters or more, with a letter or a digit', () => {
    expect(missingToConfirm({ ...ready, ticket: 'x' })).toEqual(['ticket']);
    expect(missingToConfirm({ ...ready, ticket: ' -- ' })).toEqual(['ticket']);
    expect(missingToConfirm({ ...ready, ticket: '...', ticketRequired: false })).toEqual(['ticket']);
    expect(missingToConfirm({ ...ready, ticket: ' #42 ' })).toEqual([]);
  });
  it('refuses a ticket reference longer than the log keeps instead of cutting it', () => {
    expect(missingToConfirm({ ...ready, ticket: `INC-${'9'.repeat(252)}` })).toEqual([]);
    expect(missingToConfirm({ ...ready, ticket: `INC-${'9'.repeat(253)}` })).toEqual(['ticket']);
  });
  it('the identity check, always', () => expect(missingToConfirm({ ...ready, identityVerified: false })).toEqual(['identity']));
  it('the recent-actions check to answer, then its acknowledgement when it warns', () => {
    expect(missingToConfirm({ ...ready, recentChecked: false })).toEqual(['checking']);
    expect(missingToConfirm({ ...ready, recentWarn: true })).toEqual(['recent']);
    expect(missingToConfirm({ ...ready, recentWarn: true, recentAcknowledged: true })).toEqual([]);
  });
});

describe('the last-4 check', () => {
  it('accepts the serial or the IMEI, whichever the requester can read, and the name only when neither exists', () => {
    const both = tailChecksOf({ serialNumber: 'F2LXK9PQ7H3M', imei: '35 678910 451234 5', name: 'X' });
    expect(both).toEqual([
      { what: 'serial', tail: '7H3M' },
      { what: 'imei', tail: '2345' },
    ]);
    expect(matchedTail('2345', both)).toEqual({ what: 'imei', tail: '2345' });
    expect(tailState('9999', both)).toBe('bad');
    expect(tailState('99', both)).toBeNull();
    expect(tailChecksOf({ serialNumber: null, imei: null, name: 'KIOSK-07' })).toEqual([{ what: 'name', tail: 'SK07' }]);
  });
  it('uses the serial, else the IMEI, else the name', () => {
    expect(tailCheckOf({ serialNumber: 'F2LX-K9PQ 7H3M', imei: null, name: 'X' })).toEqual({ what: 'serial', tail: '7H3M' });
    expect(tailCheckOf({ serialNumber: null, imei: '356789104512345', name: 'X' })).toEqual({ what: 'imei', tail: '2345' });
    expect(tailCheckOf({ serialNumber: 'AB', imei: null, name: 'KIOSK-07' })).toEqual({ what: 'name', tail: 'SK07' });
    expect(tailCheckOf({ serialNumber: null, imei: null, name: null })).toBeNull();
  });
  it('ignores case, spaces and dashes', () => {
    expect(tailMatches(' 7h-3m ', { what: 'serial', tail: '7H3M' })).toBe(true);
    expect(tailMatches('7H3N', { what: 'serial', tail: '7H3M' })).toBe(false);
    expect(tailMatches('', null)).toBe(true);
    expect(tailMatches('\u00a07h3m\u200b', [{ what: 'serial', tail: '7H3M' }])).toBe(true);
    expect(tailState('  7h3m  ', [{ what: 'serial', tail: '7H3M' }])).toBe('ok');
  });
});
