import { describe, expect, it } from 'vitest';
import { ticketMaxLength, ticketProblem } from '../../../../shared/actions/ticket-rule';

describe('ticketProblem', () => {
  it('an empty ticket is a problem only where the organisation requires one', () => {
    expect(ticketProblem('', true)).toBe('missing');
    expect(ticketProblem('   ', true)).toBe('missing');
    expect(ticketProblem('', false)).toBeNull();
  });

  it('refuses a way round the field: punctuation only, or too short to mean a ticket', () => {
    expect(ticketProblem('-', true)).toBe('noLetterOrDigit');
    expect(ticketProblem('---', false)).toBe('noLetterOrDigit');
    expect(ticketProblem('x', true)).toBe('tooShort');
    expect(ticketProblem(' 12 ', true)).toBe('tooShort');
  });

  it('accepts a short real reference, in any script, measured without the spaces around it', () => {
    expect(ticketProblem('INC', true)).toBeNull();
    expect(ticketProblem('  INC-2026-0042  ', true)).toBeNull();
    expect(ticketProblem('チケ3', true)).toBeNull();
  });

  it('refuses a reference longer than the log keeps rather than cutting it', () => {
    expect(ticketProblem('A'.repeat(ticketMaxLength), true)).toBeNull();
    expect(ticketProblem('A'.repeat(ticketMaxLength + 1), true)).toBe('tooLong');
  });
});
