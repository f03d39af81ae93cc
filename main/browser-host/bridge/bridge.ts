import { createApi } from '../../../shared/ipc/api';
import type { EventName } from '../../../shared/ipc/contract';

// The browser host's stand-in for the preload: the same API object, built from
// the same contract, over same-origin HTTP and a WebSocket. The session cookie
// set by /launch authenticates both; this script never sees the token.
type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();

function connectEvents(attempt = 0): void {
  const socket = new WebSocket(`ws://${location.host}/events`);
  socket.onopen = () => (attempt = 0);
  socket.onmessage = (message) => {
    try {
      const { event, payload } = JSON.parse(String(message.data)) as { event: EventName; payload: unknown };
      listeners.get(event)?.forEach((listener) => listener(payload));
    } catch {
      // A malformed frame is dropped; the api checks every payload anyway.
    }
  };
  socket.onclose = () => setTimeout(() => connectEvents(attempt + 1), Math.min(5000, 250 * 2 ** attempt));
}
connectEvents();

const api = createApi({
  async invoke(channel, request) {
    const response = await fetch(`/api/call/${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
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
