import type { StateCreator } from 'zustand';
import { isTerminalState, type ActionSummary, type PasscodeActionRequest } from '../../shared/actions/action-summary';
import type { TenantActions } from '../../shared/audits/tenant-action';
import type { AppError, Result } from '../../shared/result';
import { getApi } from '../api/bridge';
import { mergeAction, mergeActions, type ActionFilterState } from './action-list';
import type { StoreState } from './store';

export type ActionScope = 'mine' | 'tenant';

export interface ActionsData {
  actions: ActionSummary[];
  actionsStatus: 'idle' | 'loading' | 'ready' | 'error';
  actionsError: AppError | null;
  actionScope: ActionScope;
  actionFilter: ActionFilterState;
  tenantActions: TenantActions | null;
  tenantStatus: 'idle' | 'loading' | 'ready' | 'error';
  tenantError: AppError | null;
  /**
   * The actions log's height as the technician set it with the splitter (CSS pixels), or null for the automatic
   * size (a third of the workspace; half while actions of this run are in the list). Kept until sign-out.
   */
  actionsPanelHeight: number | null;
}

export interface ActionsSlice extends ActionsData {
  loadActions(): Promise<void>;
  receiveAction(summary: ActionSummary): void;
  receiveTenantActions(value: TenantActions): void;
  requestPasscodeAction(request: PasscodeActionRequest): Promise<Result<ActionSummary>>;
  /**
   * Hands a generated passcode to the caller and nowhere else: it is never
   * put in the store, so it cannot outlive the component that shows it.
   */
  revealPasscode(actionId: string): Promise<Result<{ passcode: string }>>;
  /** Within Intune's seven days: main re-reads Graph and logs the reason; the passcode is not kept here. */
  revealPasscodeAgain(actionId: string, reason: string): Promise<Result<{ passcode: string; keptUntil: string }>>;
  /** Ends an action of unknown outcome by hand, with the technician's note. */
  closeAction(actionId: string, note: string): Promise<Result<ActionSummary>>;
  loadTenantActions(refresh: boolean): Promise<void>;
  setActionScope(scope: ActionScope): void;
  setActionFilter(filter: Partial<ActionFilterState>): void;
  setActionsPanelHeight(height: number | null): void;
}

export function initialActionsData(): ActionsData {
  return {
    actions: [],
    actionsStatus: 'idle',
    actionsError: null,
    actionScope: 'mine',
    actionFilter: { state: 'all', text: '' },
    tenantActions: null,
    tenantStatus: 'idle',
    tenantError: null,
    actionsPanelHeight: null,
  };
}

export const createActionsSlice: StateCreator<StoreState, [], [], ActionsSlice> = (set, get) => ({
  ...initialActionsData(),
  async loadActions() {
    // A re-read of a list on screen keeps showing it; only a first read says "loading".
    if (get().actionsStatus !== 'ready') set({ actionsStatus: 'loading', actionsError: null });
    const result = await getApi().listActions({});
    // Merge rather than replace: live updates may have arrived while the list was read.
    if (result.ok) set((s) => ({ actions: mergeActions(s.actions, result.value), actionsStatus: 'ready' }));
    else set({ actionsStatus: 'error', actionsError: result.error });
  },
  receiveAction(summary) {
    const before = get().actions.find((a) => a.actionId === summary.actionId);
    set((s) => ({ actions: mergeAction(s.actions, summary) }));
    // When an action on the open device finishes, who-did-what-lately changed too.
    const finished = isTerminalState(summary.state) && (before === undefined || !isTerminalState(before.state));
    if (finished && get().openedId === summary.deviceId) void get().loadRecentActions(summary.deviceId);
  },
  receiveTenantActions(value) {
    set({ tenantActions: value, tenantStatus: 'ready', tenantError: null });
  },
  async requestPasscodeAction(request) {
    const result = await getApi().requestPasscodeAction(request);
    // Intune refusing the account (not_permitted) is kept by main, which hands it over in the session (DeviceDetails).
    if (result.ok) get().receiveAction(result.value);
    // Whatever the answer, the device's recent actions changed (or were found to): re-read them.
    if (get().openedId === request.deviceId) void get().loadRecentActions(request.deviceId);
    return result;
  },
  async revealPasscode(actionId) {
    return getApi().revealPasscode({ actionId });
  },
  async revealPasscodeAgain(actionId, reason) {
    return getApi().revealPasscodeAgain({ actionId, reason });
  },
  async closeAction(actionId, note) {
    const result = await getApi().closeAction({ actionId, note });
    if (result.ok) get().receiveAction(result.value);
    return result;
  },
  async loadTenantActions(refresh) {
    set({ tenantStatus: 'loading', tenantError: null });
    const result = await getApi().getTenantActions({ refresh });
    if (result.ok) get().receiveTenantActions(result.value);
    else set({ tenantStatus: 'error', tenantError: result.error });
  },
  setActionScope(scope) {
    set({ actionScope: scope });
    if (scope === 'tenant' && get().tenantStatus !== 'loading') void get().loadTenantActions(false);
  },
  setActionFilter(filter) {
    set((s) => ({ actionFilter: { ...s.actionFilter, ...filter } }));
  },
  setActionsPanelHeight(height) {
    set({ actionsPanelHeight: height });
  },
});
