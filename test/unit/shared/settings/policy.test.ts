import { describe, expect, it } from 'vitest';
import { compileTicketPattern, MAX_TICKET_PATTERN, ticketMatchesPattern } from '../../../../shared/settings/policy';

describe("the organisation's ticket pattern", () => {
  it('matches the whole trimmed reference, not a part of it', () => {
    const pattern = 'INC-\\d{4}';
    expect(ticketMatchesPattern(pattern, ' INC-0042 ')).toBe(true);
    expect(ticketMatchesPattern(pattern, 'XINC-0042')).toBe(false);
    expect(ticketMatchesPattern(pattern, 'INC-00421')).toBe(false);
  });

  it('an alternation still has to match whole (the pattern is grouped before it is anchored)', () => {
    expect(ticketMatchesPattern('INC-\\d+|REQ-\\d+', 'REQ-7')).toBe(true);
    expect(ticketMatchesPattern('INC-\\d+|REQ-\\d+', 'INC-7 and more')).toBe(false);
  });

  it('no pattern lets any reference through; a broken or overlong pattern lets none through', () => {
    expect(ticketMatchesPattern(null, 'anything')).toBe(true);
    expect(compileTicketPattern('INC-(\\d+')).toBeNull();
    expect(ticketMatchesPattern('INC-(\\d+', 'INC-1')).toBe(false);
    expect(compileTicketPattern('')).toBeNull();
    expect(compileTicketPattern('a'.repeat(MAX_TICKET_PATTERN + 1))).toBeNull();
    expect(compileTicketPattern('a'.repeat(MAX_TICKET_PATTERN))).not.toBeNull();
  });
});
