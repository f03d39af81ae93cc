import { ticketProblem, type TicketProblem } from '../../../shared/actions/ticket-rule';
import type { Device } from '../../../shared/devices/device';

/**
 * What the technician must type to prove they are looking at the right
 * device: the last 4 characters of its serial number or of its IMEI (the
 * requester reads whichever they can find), or of its name when Intune has
 * neither.
 */
export interface TailCheck {
  what: 'serial' | 'imei' | 'name';
  tail: string;
}

/** Spaces, dashes and case do not count: people read serials aloud in groups. */
export function normalizeTail(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff\u2010-\u2015-]/g, '').toUpperCase();
}

function tailOf(what: TailCheck['what'], value: string | null): TailCheck | null {
  const normalized = normalizeTail(value ?? '');
  return normalized.length >= 4 ? { what, tail: normalized.slice(-4) } : null;
}

/** The accepted checks, best first: serial and IMEI where the device has them, else the name. */
export function tailChecksOf(device: Pick<Device, 'serialNumber' | 'imei' | 'name'>): TailCheck[] {
  const identifiers = [tailOf('serial', device.serialNumber), tailOf('imei', device.imei)].filter((c): c is TailCheck => c !== null);
  if (identifiers.length > 0) return identifiers;
  const name = tailOf('name', device.name);
  return name ? [name] : [];
}

/** The first accepted check, for callers that ask for one. */
export function tailCheckOf(device: Pick<Device, 'serialNumber' | 'imei' | 'name'>): TailCheck | null {
  return tailChecksOf(device)[0] ?? null;
}

/** The check the typed characters match, or null. */
export function matchedTail(typed: string, checks: readonly TailCheck[]): TailCheck | null {
  const tail = normalizeTail(typed);
  return checks.find((check) => check.tail === tail) ?? null;
}

/** True when there is nothing to check, or the typed characters match one of the checks. */
export function tailMatches(typed: string, checks: TailCheck | readonly TailCheck[] | null): boolean {
  const list = checks === null ? [] : Array.isArray(checks) ? (checks as readonly TailCheck[]) : [checks as TailCheck];
  return list.length === 0 || matchedTail(typed, list) !== null;
}

/** Where the typed characters stand: too few to judge, a match, or not this device. */
export function tailState(typed: string, checks: readonly TailCheck[]): 'ok' | 'bad' | null {
  if (checks.length === 0 || normalizeTail(typed).length < 4) return null;
  return matchedTail(typed, checks) ? 'ok' : 'bad';
}

export type Missing = 'checking' | 'ticket' | 'serial' | 'identity' | 'recent' | 'unknownOutcome';

export interface ConfirmInput {
  ticketRequired: boolean;
  ticket: string;
  tailChecks: readonly TailCheck[];
  tailTyped: string;
  identityVerified: boolean;
  /** Whether the recent-actions check has answered (ready or failed); Confirm waits for it. */
  recentChecked: boolean;
  recentWarn: boolean;
  recentAcknowledged: boolean;
  /** The device's last action has an unknown outcome: the technician must say they checked. */
  unknownOutcome?: boolean;
  unknownAcknowledged?: boolean;
}

/** What is wrong with the ticket field as typed, or null (see shared/actions/ticket-rule.ts). */
export function ticketFieldProblem(input: Pick<ConfirmInput, 'ticket' | 'ticketRequired'>): TicketProblem | null {
  return ticketProblem(input.ticket, input.ticketRequired);
}

/** Everything still missing before Confirm may be pressed, in the order the form asks for it. Empty: ready. */
export function missingToConfirm(input: ConfirmInput): Missing[] {
  const missing: Missing[] = [];
  if (!input.recentChecked) missing.push('checking');
  if (input.recentWarn && !input.recentAcknowledged) missing.push('recent');
  if (input.unknownOutcome && !input.unknownAcknowledged) missing.push('unknownOutcome');
  if (ticketFieldProblem(input) !== null) missing.push('ticket');
  if (!tailMatches(input.tailTyped, input.tailChecks)) missing.push('serial');
  if (!input.identityVerified) missing.push('identity');
  return missing;
}
