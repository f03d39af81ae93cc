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

/** Some channels' handlers, each typed by its own channel. */
export type HandlerGroup<C extends ChannelName> = { [K in C]: Handler<K> };

/**
 * The channels one domain owns, and how it answers them given its service.
 * The domain names each channel once, as a key of the table it passes to
 * `channelGroup`; the wiring and the tenant switch read `channels` instead of
 * listing names again.
 */
export interface ChannelGroup<S, C extends ChannelName> {
  readonly channels: readonly C[];
  bind(service: S): HandlerGroup<C>;
}

export type ChannelsOf<G> = G extends ChannelGroup<never, infer C> ? C : never;

type HandlerFactories<S, C extends ChannelName> = { [K in C]: (service: S) => Handler<K> };

/** `channelGroup<Service>()({ channelName: (service) => (request, context) => ... })` */
export function channelGroup<S>() {
  return <C extends ChannelName>(factories: HandlerFactories<S, C>): ChannelGroup<S, C> => {
    const channels = Object.keys(factories) as C[];
    return {
      channels,
      bind(service) {
        const group = {} as Record<C, unknown>;
        for (const name of channels) group[name] = factories[name](service);
        return group as HandlerGroup<C>;
      },
    };
  };
}

/** Every channel of a group answers the same failure: used when its service cannot run (no action log, no tenant). */
export function refuseGroup<C extends ChannelName>(group: ChannelGroup<never, C>, refusal: () => Result<never>): HandlerGroup<C> {
  const handlers = {} as Record<C, unknown>;
  for (const name of group.channels) handlers[name] = refusal;
  return handlers as HandlerGroup<C>;
}
