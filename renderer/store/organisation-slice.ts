import type { StateCreator } from 'zustand';
import type { ForwardingStatus } from '../../shared/forwarding/forwarding-status';
import type { LockableSetting, PolicyState } from '../../shared/settings/policy';
import { getApi } from '../api/bridge';
import type { StoreState } from './store';

/**
 * What the organisation decides for this desk: its policy (read once by main
 * at start-up) and the state of forwarding to its collector (pushed by main
 * whenever it changes). The renderer only shows these; main enforces them.
 */
export interface OrganisationData {
  policy: PolicyState | null;
  forwarding: ForwardingStatus | null;
  retryingForwarding: boolean;
}

export interface OrganisationSlice extends OrganisationData {
  loadOrganisation(): Promise<void>;
  receiveForwarding(status: ForwardingStatus): void;
  retryForwarding(): Promise<void>;
}

export function initialOrganisationData(): OrganisationData {
  return { policy: null, forwarding: null, retryingForwarding: false };
}

export const createOrganisationSlice: StateCreator<StoreState, [], [], OrganisationSlice> = (set) => ({
  ...initialOrganisationData(),
  async loadOrganisation() {
    const api = getApi();
    const [policy, forwarding] = await Promise.all([api.getPolicy({}), api.getForwardingStatus({})]);
    if (policy.ok) set({ policy: policy.value });
    // An event that arrived while this read was on its way is newer: keep it.
    if (forwarding.ok) set((s) => ({ forwarding: s.forwarding ?? forwarding.value }));
  },
  receiveForwarding(status) {
    set({ forwarding: status });
  },
  async retryForwarding() {
    set({ retryingForwarding: true });
    // The answer is the status at the moment of asking; what the retry then does
    // arrives as events, possibly before this answer, so the answer must not overwrite them.
    await getApi().retryForwarding({});
    set({ retryingForwarding: false });
  },
});

/** True when the organisation's policy locks this setting. */
export function isLocked(policy: PolicyState | null, setting: LockableSetting): boolean {
  return policy?.locked.includes(setting) ?? false;
}
