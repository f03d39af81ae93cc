import { z } from 'zod';
import { policyProblemSchema } from './policy-problem';

/**
 * What the organisation's policy sets, as the renderer needs it: which
 * settings are locked ("Set by your organisation"), the pattern a ticket
 * reference must match, the collector, and a notice when the policy could
 * not be read as written. Main enforces all of it; the renderer only shows it.
 */
export const lockableSettings = ['tenant', 'clientId', 'requireTicketReference', 'ticketPattern', 'forwarding'] as const;
export type LockableSetting = (typeof lockableSettings)[number];

export const policyStateSchema = z.object({
  /** Where the policy was read from (registry key, file); null when there is none. */
  source: z.string().nullable(),
  /** Each problem on its own, as a code the window words in its language (policy-problem.ts). */
  problems: z.array(policyProblemSchema),
  /**
   * What the app does about the problems: `unreadable`: none of the policy could
   * be used, so ticket references stay required and locked and nothing else is
   * set; `ignored`: the named values were left out and the rest applies.
   */
  fallback: z.enum(['none', 'unreadable', 'ignored']),
  locked: z.array(z.enum(lockableSettings)),
  ticketPattern: z.string().nullable(),
  collector: z.object({ address: z.string(), required: z.boolean() }).nullable(),
});
export type PolicyState = z.infer<typeof policyStateSchema>;

export const noPolicy: PolicyState = { source: null, problems: [], fallback: 'none', locked: [], ticketPattern: null, collector: null };

// Long enough for any ticket scheme, short enough that matching a 256-character reference stays cheap.
export const MAX_TICKET_PATTERN = 200;

/** The pattern as a whole-string match, or null when it is not a valid regular expression. */
export function compileTicketPattern(pattern: string): RegExp | null {
  if (pattern.length === 0 || pattern.length > MAX_TICKET_PATTERN) return null;
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return null;
  }
}

/** True when the organisation sets no pattern, or the (trimmed) reference matches it whole. */
export function ticketMatchesPattern(pattern: string | null, ticket: string): boolean {
  if (pattern === null) return true;
  return compileTicketPattern(pattern)?.test(ticket.trim()) ?? false;
}
