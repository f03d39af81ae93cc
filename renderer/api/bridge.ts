import type { PasscodeDeskApi } from '../../shared/ipc/api';

/**
 * The one place that touches the bridge object the preload (or the browser
 * host's bridge script) puts on window. Stores call `api`; components never do.
 */
declare global {
  interface Window {
    passcodeDesk?: PasscodeDeskApi;
  }
}

export function getApi(): PasscodeDeskApi {
  const api = window.passcodeDesk;
  if (!api) throw new Error('Passcode Desk bridge is missing: the page was not opened by the app or the browser host.');
  return api;
}
