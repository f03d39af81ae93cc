/**
 * The least a ticket reference must be to mean something: a few characters,
 * at least one of them a letter or a digit ("x" or "-" is a way round the
 * field, not a ticket). Longer than the log keeps, it is refused as typed
 * rather than cut. An organisation's own pattern, where it has one, applies on
 * top of this in main.
 */
export const ticketMinLength = 3;
export const ticketMaxLength = 256;

export type TicketProblem = 'missing' | 'tooShort' | 'noLetterOrDigit' | 'tooLong';

/** What is wrong with a ticket reference as typed, or null; an empty one is a problem only when required. */
export function ticketProblem(typed: string, required: boolean): TicketProblem | null {
  const ticket = typed.trim();
  if (ticket === '') return required ? 'missing' : null;
  if (ticket.length > ticketMaxLength) return 'tooLong';
  if (!/[\p{L}\p{N}]/u.test(ticket)) return 'noLetterOrDigit';
  if (ticket.length < ticketMinLength) return 'tooShort';
  return null;
}
