import type { ActionState, ActionSummary } from '../../shared/actions/action-summary';
import { isTerminalState } from '../../shared/actions/action-summary';
import { foldText } from '../../shared/devices/fold-text';

/** Newest request first; ties by id so the order is stable. */
function byNewest(a: ActionSummary, b: ActionSummary): number {
  return Date.parse(b.requestedAt) - Date.parse(a.requestedAt) || a.actionId.localeCompare(b.actionId);
}

/**
 * Merges one summary into the list by action id. An update older than what
 * we hold is ignored, as is one that would move a finished action back to a
 * live state (events and the listActions answer can cross).
 */
export function mergeAction(list: readonly ActionSummary[], update: ActionSummary): ActionSummary[] {
  const at = list.findIndex((a) => a.actionId === update.actionId);
  if (at === -1) return [...list, update].sort(byNewest);
  const current = list[at]!;
  // As instants, not strings: "10:00:01Z" and "10:00:01.123Z" do not sort as text does.
  if (Date.parse(update.updatedAt) < Date.parse(current.updatedAt)) return list as ActionSummary[];
  if (isTerminalState(current.state) && !isTerminalState(update.state)) return list as ActionSummary[];
  const next = list.slice();
  next[at] = update;
  return next;
}

export function mergeActions(list: readonly ActionSummary[], updates: readonly ActionSummary[]): ActionSummary[] {
  return updates.reduce<ActionSummary[]>((acc, update) => mergeAction(acc, update), list.slice());
}

export interface ActionFilterState {
  state: ActionState | 'all';
  text: string;
}

export function filterActionList(list: readonly ActionSummary[], filter: ActionFilterState): ActionSummary[] {
  const text = foldText(filter.text.trim());
  return list.filter((a) => {
    if (filter.state !== 'all' && a.state !== filter.state) return false;
    if (text === '') return true;
    return [a.deviceName, a.ticket, a.technicianUpn].some((field) => field !== null && foldText(field).includes(text));
  });
}

export function actionsForDevice(list: readonly ActionSummary[], deviceId: string): ActionSummary[] {
  return list.filter((a) => a.deviceId === deviceId);
}
