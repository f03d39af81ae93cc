import { describe, expect, it } from 'vitest';
import { missingToConfirm, tailCheckOf, tailMatches, type ConfirmInput } from '../../../../renderer/components/confirm/confirm-rules';

const ready: ConfirmInput = {
  ticketRequired: true,
  ticket: 'INC-1',
  tailCheck: { what: 'serial', tail: '7H3M' },
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
  it('the identity check, always', () => expect(missingToConfirm({ ...ready, identityVerified: false })).toEqual(['identity']));
  it('the recent-actions check to answer, then its acknowledgement when it warns', () => {
    expect(missingToConfirm({ ...ready, recentChecked: false })).toEqual(['checking']);
    expect(missingToConfirm({ ...ready, recentWarn: true })).toEqual(['recent']);
    expect(missingToConfirm({ ...ready, recentWarn: true, recentAcknowledged: true })).toEqual([]);
  });
});

describe('the last-4 check', () => {
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
  });
});
