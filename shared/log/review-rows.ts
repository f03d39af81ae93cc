import type { FoldedAction, FoldedState } from './folded-action';
import type { RemoteActionKind } from '../remote-actions/remote-action';

/**
 * A review's rows, one per action. A year of a big helpdesk is 200,000 of them, and the review keeps them
 * packed in main (main/action-log/review-rows.ts): a row object is made only when one is asked for (`at`,
 * a page of the view, the CSV export), and filters, sorting and counts read single fields (`field`).
 */
export interface ReviewRows extends Iterable<FoldedAction> {
  readonly length: number;
  at(index: number): FoldedAction | undefined;
  /** Every row as an object, in order: for small reviews and tests, not for a year of a big helpdesk. */
  all(): FoldedAction[];
  /** One field of row `index` without making the row. */
  field<K extends RowField>(index: number, key: K): RowFieldValue<K>;
}
export type RowField = 'when' | 'chain' | 'findingCount' | 'lastState' | 'action' | 'technician' | 'deviceName' | 'deviceId' | 'ticket';
export type RowFieldValue<K extends RowField> = K extends 'findingCount'
  ? number
  : K extends 'technician'
    ? FoldedAction['technician']
    : K extends 'ticket'
      ? string | null
      : K extends 'lastState'
        ? FoldedAction['lastState']
        : K extends 'action'
          ? FoldedAction['action']
          : string;

export interface ActionFilter {
  technician?: string; // part of the UPN or display name
  device?: string; // part of the device name, or its exact id
  states?: readonly FoldedState[];
  actions?: readonly RemoteActionKind[]; // which kinds of remote action; all when absent
  ticket?: string; // part of the ticket reference
  from?: string; // ISO instant, inclusive
  to?: string; // ISO instant, exclusive
}

const contains = (value: string | null | undefined, part: string) =>
  value != null && value.toLocaleLowerCase().includes(part.toLocaleLowerCase());

/** One field of a row object, as a review's packed rows give it without a row (ReviewRows.field). */
export function fieldOfRow<K extends RowField>(row: FoldedAction, key: K): RowFieldValue<K> {
  const value = key === 'when' ? (row.requestedAt ?? row.lastUpdate) : key === 'findingCount' ? row.findings.length : key === 'deviceName' ? row.device.name : key === 'deviceId' ? row.device.id : row[key as Exclude<RowField, 'when' | 'findingCount' | 'deviceName' | 'deviceId'>];
  return value as RowFieldValue<K>;
}

/**
 * Whether row `index` passes `filter`, reading only the fields the filter needs (the review's rows stay
 * packed). Date filters apply to when the action was requested, or its last update if the request entry is missing.
 */
export function matcherOf(filter: ActionFilter): (rows: Pick<ReviewRows, 'field'>, index: number) => boolean {
  const from = filter.from === undefined ? undefined : Date.parse(filter.from);
  const to = filter.to === undefined ? undefined : Date.parse(filter.to);
  const { technician, device, ticket, states, actions } = filter;
  return (rows, index) => {
    if (technician) {
      const who = rows.field(index, 'technician');
      if (!contains(who.upn, technician) && !contains(who.displayName, technician)) return false;
    }
    if (device && !contains(rows.field(index, 'deviceName'), device) && rows.field(index, 'deviceId').toLowerCase() !== device.toLowerCase()) return false;
    if (ticket && !contains(rows.field(index, 'ticket'), ticket)) return false;
    if (states && states.length > 0 && !states.includes(rows.field(index, 'lastState'))) return false;
    if (actions && actions.length > 0 && !actions.includes(rows.field(index, 'action'))) return false;
    if (from !== undefined || to !== undefined) {
      const at = Date.parse(rows.field(index, 'when'));
      if (from !== undefined && !(at >= from)) return false;
      if (to !== undefined && !(at < to)) return false;
    }
    return true;
  };
}

/** The rows that pass `filter`, in order (rows already made as objects). */
export function filterActions(rows: readonly FoldedAction[], filter: ActionFilter): FoldedAction[] {
  const matches = matcherOf(filter);
  const fields = { field: <K extends RowField>(index: number, key: K) => fieldOfRow(rows[index]!, key) };
  return rows.filter((_row, index) => matches(fields, index));
}

