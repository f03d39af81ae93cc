import { isTextEventWire } from '../../shared/ipc/contract';
import { readTextEvent } from '../../shared/ipc/text-events';

/**
 * The window's worker for device pages (device-page-reader.ts): each message
 * is one page's JSON as main sent it (text, or its UTF-8 bytes); each answer is its reading, the
 * checked page (or its stand-in, or why it was dropped or unreadable), in the
 * order the pages came. The window's main thread then only takes in the
 * already-checked page.
 */
const scope = globalThis as unknown as {
  onmessage: ((message: MessageEvent<unknown>) => void) | null;
  postMessage(answer: unknown): void;
};

scope.onmessage = (message) => {
  scope.postMessage(readTextEvent('devicesProgress', isTextEventWire(message.data) ? message.data : ''));
};
