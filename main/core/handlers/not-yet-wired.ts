import { err } from '../../../shared/ipc/result';
import type { ChannelName } from '../../../shared/ipc/contract';
import type { HandlerGroup } from '../ipc/handlers';

/**
 * Channels whose service is not wired into the core yet answer `unavailable`
 * rather than hanging. Each domain replaces its entries as it lands.
 */
export function notYetWired<C extends ChannelName>(names: readonly C[]): HandlerGroup<C> {
  const group = {} as Record<C, () => ReturnType<typeof err>>;
  for (const name of names) group[name] = () => err('unavailable', `${name} is not available in this build yet`);
  return group as unknown as HandlerGroup<C>;
}
