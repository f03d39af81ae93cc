import { create } from 'zustand';
import { createActionsSlice, initialActionsData, type ActionsSlice } from './actions-slice';
import { createAppSlice, initialAppData, type AppSlice } from './app-slice';
import { createDetailsSlice, initialDetailsData, type DetailsSlice } from './details-slice';
import { createDevicesSlice, initialDevicesData, type DevicesSlice } from './devices-slice';
import { createOrganisationSlice, initialOrganisationData, type OrganisationSlice } from './organisation-slice';
import { createReviewSlice, initialReviewData, type ReviewSlice } from './review-slice';
import { createSessionSlice, initialSessionData, type SessionSlice } from './session-slice';

/** What happens when the technician signs in or out: the workspace's data follows the session. */
export interface SessionLifecycle {
  onSignedIn(): void;
  onSignedOut(): void;
}

/** One store of typed slices; components read it through narrow selectors. */
export type StoreState = AppSlice & SessionSlice & DevicesSlice & DetailsSlice & ActionsSlice & ReviewSlice & OrganisationSlice & SessionLifecycle;

function initialWorkspaceData() {
  return { ...initialDevicesData(), ...initialDetailsData(), ...initialActionsData() };
}

export const useStore = create<StoreState>()((...args) => {
  const [set, get] = args;
  return {
    ...createAppSlice(...args),
    ...createSessionSlice(...args),
    ...createDevicesSlice(...args),
    ...createDetailsSlice(...args),
    ...createActionsSlice(...args),
    ...createReviewSlice(...args),
    ...createOrganisationSlice(...args),
    onSignedIn() {
      void get().loadDevices();
      void get().loadActions();
    },
    onSignedOut() {
      // Nothing of the previous technician's tenant stays on screen.
      set({ ...initialWorkspaceData(), view: get().view });
    },
  };
});

/** Back to a fresh store, for tests: data reset, actions kept. */
export function resetStore(): void {
  useStore.setState({
    ...initialAppData(),
    ...initialSessionData(),
    ...initialWorkspaceData(),
    ...initialReviewData(),
    ...initialOrganisationData(),
  });
}
