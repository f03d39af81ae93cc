import { isTextEventWire } from '../../shared/ipc/contract';
import { answerPage } from './device-page-answer';

/**
 * The window's worker for device pages (device-page-reader.ts): each message
 * is one page's JSON as main sent it (text, or its UTF-8 bytes); each answer is its reading, the
 * checked page (or its stand-in, or why it was dropped or unreadable), in the
 * order the pages came. A page's devices come back packed (device-page-answer.ts), so that the
 * window's main thread only builds the already-checked devices.
 */
const scope = globalThis as unknown as {
  onmessage: ((message: MessageEvent<unknown>) => void) | null;
  postMessage(answer: unknown, transfer: Transferable[]): void;
};

scope.onmessage = (message) => {
  const { answer, transfer } = answerPage(isTextEventWire(message.data) ? message.data : '');
  scope.postMessage(answer, transfer);
};
