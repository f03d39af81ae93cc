import { createApi } from '../../../shared/ipc/api';
import type { EventName } from '../../../shared/ipc/contract';
import { eventsProtocol, sessionMetaName } from '../../../shared/browser-host/wire-names';
import { readBinaryFrame } from '../../../shared/browser-host/event-frames';

// The browser host's stand-in for the preload: the same API object, built from
// the same contract, over same-origin HTTP and a WebSocket. The session secret
// the launch page handed over lives in sessionStorage (this origin and tab only)
// and authenticates both; the launch token itself is spent by then.
type Listener = (payload: unknown) => void;
const sessionKey = 'passcode-desk-session';

function connectEvents(session: string, listeners: Map<EventName, Set<Listener>>, attempt = 0): void {
  const socket = new WebSocket(`ws://${location.host}/events`, [eventsProtocol, session]);
  // Device pages come as binary frames (event-frames.ts): their bytes go on to the window's worker unparsed.
  socket.binaryType = 'arraybuffer';
  socket.onopen = () => (attempt = 0);
  socket.onmessage = (message) => {
    if (message.data instanceof ArrayBuffer) {
      const frame = readBinaryFrame(message.data);
      if (frame !== null) listeners.get(frame.event as EventName)?.forEach((listener) => listener(frame.bytes));
      return;
    }
    try {
      const { event, payload } = JSON.parse(String(message.data)) as { event: EventName; payload: unknown };
      listeners.get(event)?.forEach((listener) => listener(payload));
    } catch {
      // A malformed frame is dropped; the api checks every payload anyway.
    }
  };
  socket.onclose = () => setTimeout(() => connectEvents(session, listeners, attempt + 1), Math.min(5000, 250 * 2 ** attempt));
}

function openApp(session: string): void {
  const listeners = new Map<EventName, Set<Listener>>();
  connectEvents(session, listeners);
  const api = createApi({
    async invoke(channel, request) {
      const response = await fetch(`/api/call/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session}` },
        body: JSON.stringify(request),
      });
      return response.json();
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  });
  Object.defineProperty(window, 'passcodeDesk', { value: Object.freeze(api), writable: false, configurable: false });
}

const handedOver = document.querySelector(`meta[name="${sessionMetaName}"]`)?.getAttribute('content');
if (handedOver) {
  // The launch page: keep the secret for this tab, and replace the launch URL in history with the app.
  sessionStorage.setItem(sessionKey, handedOver);
  location.replace('/');
} else {
  openApp(sessionStorage.getItem(sessionKey) ?? '');
}
