import type { EventName, EventPayload } from '../../shared/ipc/contract';

/**
 * Events main pushes to the renderer. Services emit here; each door forwards
 * to its own windows or sockets. Services never know which door is open.
 */
export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface EventHub {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  listen(listener: EventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      for (const listener of listeners) listener(event, payload);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
