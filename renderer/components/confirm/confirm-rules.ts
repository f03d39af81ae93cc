import type { Device } from '../../../shared/devices/device';

/**
 * What the technician must type to prove they are looking at the right
 * device: the last 4 characters of its serial number, or of its IMEI or name
 * when Intune has no serial for it.
 */
export interface TailCheck {
  what: 'serial' | 'imei' | 'name';
  tail: string;
}

/** Spaces, dashes and case do not count: people read serials aloud in groups. */
export function normalizeTail(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

export function tailCheckOf(device: Pick<Device, 'serialNumber' | 'imei' | 'name'>): TailCheck | null {
  const candidates: Array<[TailCheck['what'], string | null]> = [
    ['serial', device.serialNumber],
    ['imei', device.imei],
    ['name', device.name],
  ];
  for (const [what, value] of candidates) {
    const normalized = normalizeTail(value ?? '');
    if (normalized.length >= 4) return { what, tail: normalized.slice(-4) };
  }
  return null;
}

export function tailMatches(typed: string, check: TailCheck | null): boolean {
  return check === null || normalizeTail(typed) === check.tail;
}

export type Missing = 'checking' | 'ticket' | 'serial' | 'identity' | 'recent' | 'unknownOutcome';

export interface ConfirmInput {
  ticketRequired: boolean;
  ticket: string;
  tailCheck: TailCheck | null;
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

/** Everything still missing before Confirm may be pressed, in the order the form asks for it. Empty: ready. */
export function missingToConfirm(input: ConfirmInput): Missing[] {
  const missing: Missing[] = [];
  if (!input.recentChecked) missing.push('checking');
  if (input.recentWarn && !input.recentAcknowledged) missing.push('recent');
  if (input.unknownOutcome && !input.unknownAcknowledged) missing.push('unknownOutcome');
  if (input.ticketRequired && input.ticket.trim() === '') missing.push('ticket');
  if (!tailMatches(input.tailTyped, input.tailCheck)) missing.push('serial');
  if (!input.identityVerified) missing.push('identity');
  return missing;
}
