import type { ChannelName } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/settings/settings';
import type { AuthService } from '../auth/auth-service';
import type { CallContext, Handler, HandlerGroup } from './ipc/handlers';
import { openTenantContext, type TenantChannels, type TenantContext, type TenantContextDeps } from './tenant-context';

/** Only these settings decide which tenant (and so which sign-in and Graph) the app talks to. */
const tenantKey = (settings: Settings) => `${settings.tenant ?? ''}|${settings.clientId ?? ''}`;

/**
 * Holds the current tenant context and replaces it when the settings point
 * at another tenant (or back to the demo). Calls that arrive during a switch
 * wait for it, so nothing reaches a context that is closing.
 */
export async function createTenantSwitch(deps: TenantContextDeps) {
  let current: TenantContext = await openTenantContext(deps);
  let key = tenantKey(deps.settings());
  let switching: Promise<void> = Promise.resolve();

  // Actions left unfinished by an earlier run resume once someone of that tenant is signed in.
  const stopResuming = deps.events.listen((event, payload) => {
    if (event === 'sessionChanged' && (payload as { status: string }).status === 'signedIn') {
      void current.actions?.resumeFromLog().then((resumed) => {
        if (!resumed.ok) deps.logger.warn(`Could not resume unfinished actions: ${resumed.error.message}`);
      });
    }
  });

  async function ready(): Promise<TenantContext> {
    await switching;
    return current;
  }

  function route<C extends ChannelName>(names: readonly C[], pick: (context: TenantContext) => HandlerGroup<C>): HandlerGroup<C> {
    const group = {} as Record<C, Handler<C>>;
    for (const name of names) {
      group[name] = (async (request: never, context: CallContext) => {
        const handler = pick(await ready())[name] as unknown as (request: never, context: CallContext) => unknown;
        return handler(request, context);
      }) as unknown as Handler<C>;
    }
    return group as unknown as HandlerGroup<C>;
  }

  return {
    current: () => current,
    /** Follows a settings change; resolves when the right context is open. */
    follow(settings: Settings): Promise<void> {
      const next = tenantKey(settings);
      if (next === key) return switching;
      key = next;
      switching = switching.then(async () => {
        await current.close();
        current = await openTenantContext(deps);
        deps.events.emit('sessionChanged', current.auth.getSession());
      });
      switching.catch((cause) => deps.logger.error('Could not open the tenant after a settings change', cause));
      return switching;
    },
    /** Handlers built from the current context's sign-in service. */
    delegate<C extends ChannelName>(factory: (auth: AuthService) => HandlerGroup<C>, names: readonly C[]): HandlerGroup<C> {
      return route(names, (context) => factory(context.auth));
    },
    /** The current context's own handlers (devices, actions). */
    delegateTenant<C extends TenantChannels>(names: readonly C[]): HandlerGroup<C> {
      return route(names, (context) => context.handlers as unknown as HandlerGroup<C>);
    },
    async close(): Promise<void> {
      stopResuming();
      await switching.catch(() => undefined);
      await current.close();
    },
  };
}
