import type { StateCreator } from 'zustand';
import type { DeviceRecentActions } from '../../shared/audits/tenant-action';
import type { Device } from '../../shared/devices/device';
import type { Preflight } from '../../shared/devices/preflight';
import type { AppError } from '../../shared/result';
import { getApi } from '../api/bridge';
import type { StoreState } from './store';

export interface RecentActionsState {
  deviceId: string;
  status: 'loading' | 'ready' | 'error';
  value: DeviceRecentActions | null;
  error: AppError | null;
}

/** The checks before an action; an error here is only "could not check", never a refusal. */
export interface PreflightState {
  deviceId: string;
  status: 'loading' | 'ready' | 'error';
  value: Preflight | null;
}

export interface DetailsData {
  openedId: string | null;
  /** The opened device as last known: from the fleet, then refreshed from Intune. */
  opened: Device | null;
  openedRefresh: 'idle' | 'loading' | 'ok' | 'failed';
  recent: RecentActionsState | null;
  preflight: PreflightState | null;
  /**
   * The ticket typed in a confirmation dialog closed without sending (Escape, Cancel), kept while its
   * device stays open so reopening the dialog does not make a technician with a user on the phone type
   * it again. Only the ticket: the serial check and the identity check are asked afresh every time.
   */
  ticketDraft: { deviceId: string; ticket: string } | null;
}

export interface DetailsSlice extends DetailsData {
  openDevice(deviceId: string): Promise<void>;
  closeDevice(): void;
  /** Asks main who acted on this device lately; the confirmation dialog calls it again on opening. */
  loadRecentActions(deviceId: string): Promise<void>;
  /** Unlock token and passcode requirement, asked once per opening (main keeps the unlock-token report with the list). */
  loadPreflight(deviceId: string): Promise<void>;
  refreshOpenedFromFleet(): void;
  /** Keeps (or, with null, drops) the ticket typed for a device; see `ticketDraft`. */
  setTicketDraft(draft: { deviceId: string; ticket: string } | null): void;
}

export function initialDetailsData(): DetailsData {
  return { openedId: null, opened: null, openedRefresh: 'idle', recent: null, preflight: null, ticketDraft: null };
}

export const createDetailsSlice: StateCreator<StoreState, [], [], DetailsSlice> = (set, get) => ({
  ...initialDetailsData(),
  async openDevice(deviceId) {
    const known = get().fleet.get(deviceId);
    set({ openedId: deviceId, opened: known, openedRefresh: 'loading', selectedId: deviceId });
    void get().loadRecentActions(deviceId);
    void get().loadPreflight(deviceId);
    // The list may be minutes old: the rule decision shown before acting should be today's.
    const result = await getApi().getDevice({ deviceId });
    if (get().openedId !== deviceId) return;
    if (result.ok) {
      get().upsertDevice(result.value);
      set({ opened: result.value, openedRefresh: 'ok' });
    } else {
      set({ openedRefresh: 'failed' });
    }
  },
  closeDevice() {
    set(initialDetailsData());
  },
  setTicketDraft(draft) {
    set({ ticketDraft: draft });
  },
  async loadRecentActions(deviceId) {
    set((s) => ({
      recent: { deviceId, status: 'loading', value: s.recent?.deviceId === deviceId ? s.recent.value : null, error: null },
    }));
    const result = await getApi().getDeviceRecentActions({ deviceId });
    if (get().recent?.deviceId !== deviceId) return;
    set({
      recent: result.ok
        ? { deviceId, status: 'ready', value: result.value, error: null }
        : { deviceId, status: 'error', value: null, error: result.error },
    });
  },
  async loadPreflight(deviceId) {
    set({ preflight: { deviceId, status: 'loading', value: null } });
    const result = await getApi().getPreflight({ deviceId });
    if (get().preflight?.deviceId !== deviceId) return;
    set({ preflight: result.ok ? { deviceId, status: 'ready', value: result.value } : { deviceId, status: 'error', value: null } });
  },
  refreshOpenedFromFleet() {
    const { openedId, opened } = get();
    if (openedId === null) return;
    const fresh = get().fleet.get(openedId);
    if (fresh && fresh !== opened) set({ opened: fresh });
  },
});
