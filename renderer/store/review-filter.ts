import type { FoldedState } from '../../shared/log/folded-action';
import type { RemoteActionKind } from '../../shared/remote-actions/remote-action';
import type { ReviewFilter } from '../../shared/review/review';

/** The review filter as the form holds it: plain strings, dates as YYYY-MM-DD in local time. */
export interface ReviewFilterForm {
  technician: string;
  device: string;
  state: FoldedState | 'all';
  action: RemoteActionKind | 'all';
  ticket: string;
  from: string;
  to: string;
}

export const emptyReviewFilter: ReviewFilterForm = { technician: '', device: '', state: 'all', action: 'all', ticket: '', from: '', to: '' };

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of a YYYY-MM-DD day, plus `addDays`, as an ISO instant; undefined when not a date. */
function localMidnight(day: string, addDays: number): string | undefined {
  const m = isoDay.exec(day);
  if (!m) return undefined;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The contract's filter: empty fields left out; "to" includes the whole day it names. */
export function toReviewFilter(form: ReviewFilterForm): ReviewFilter {
  const filter: ReviewFilter = {};
  const technician = form.technician.trim();
  const device = form.device.trim();
  const ticket = form.ticket.trim();
  if (technician) filter.technician = technician;
  if (device) filter.device = device;
  if (ticket) filter.ticket = ticket;
  if (form.state !== 'all') filter.states = [form.state];
  if (form.action !== 'all') filter.actions = [form.action];
  const from = localMidnight(form.from, 0);
  const to = localMidnight(form.to, 1);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}
