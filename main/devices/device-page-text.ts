import type { EventPayload } from '../../shared/ipc/contract';

type DevicePage = EventPayload<'devicesProgress'>;

/**
 * A fresh device page's event as JSON text, around its devices' text, which
 * the service has already written for the saved list: the door sends this
 * instead of serialising the page a second time (issue 19). Only pages
 * without an error or a saved-list mark come here; their other fields are a
 * UUID, counts and a flag, which need no escaping beyond JSON.stringify's.
 */
export function devicePageText(page: DevicePage & { error: null }, devicesText: string): string {
  return (
    `{"loadId":${JSON.stringify(page.loadId)},"devices":${devicesText},"loaded":${page.loaded},` +
    `"total":${page.total ?? 'null'},"done":${page.done},"error":null}`
  );
}
