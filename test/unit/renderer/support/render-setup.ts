import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { Settings } from '../../../../shared/settings/settings';
import { connectEvents } from '../../../../renderer/store/events';
import { resetStore, useStore } from '../../../../renderer/store/store';
import { createFakeApi, installFakeApi, type FakeApi, type FakeHandlers } from './fake-api';
import { settings } from './fixtures';

// waitFor and findBy* resolve as soon as what they wait for is there; their limit (1 s by default)
// only catches a hang, so it is as wide as the other limits: a loaded 2-core machine must not fail them.
configure({ asyncUtilTimeout: 30_000 });

let disconnect: (() => void) | null = null;

afterEach(() => {
  cleanup();
  disconnect?.();
  disconnect = null;
  resetStore();
});

/** A fresh store talking to a fake main (events included), in English unless told otherwise. */
export function setupStore(handlers: FakeHandlers = {}, options: { settings?: Partial<Settings>; language?: 'en' | 'it' } = {}): FakeApi {
  resetStore();
  const fake = createFakeApi(handlers);
  installFakeApi(fake);
  disconnect?.();
  disconnect = connectEvents();
  const language = options.language ?? 'en';
  useStore.setState({ settings: settings(options.settings), language, locale: language === 'it' ? 'it-IT' : 'en-US' });
  return fake;
}
