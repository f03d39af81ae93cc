import { create } from 'zustand';
import { createAppSlice, type AppSlice } from './app-slice';

/** One store of typed slices; components read it through narrow selectors. */
export type StoreState = AppSlice;

export const useStore = create<StoreState>()((...args) => ({
  ...createAppSlice(...args),
}));
