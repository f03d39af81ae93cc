import type { ChannelName, ChannelRequest, ChannelResponse } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';

/** What a handler knows about its caller, filled in by the door it came through. */
export interface CallContext {
  door: 'electron' | 'browser-host' | 'test';
}

export type Handler<C extends ChannelName> = (
  request: ChannelRequest<C>,
  context: CallContext,
) => Promise<Result<ChannelResponse<C>>> | Result<ChannelResponse<C>>;

/** Exactly one handler per channel: a missing one is a type error. */
export type Handlers = { [C in ChannelName]: Handler<C> };

/** Handlers are registered per domain (registerX in the architecture's words). */
export type HandlerGroup<C extends ChannelName> = { [K in C]: Handler<K> };
