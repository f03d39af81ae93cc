import { errSaid } from '../base/said-error';
import { err } from '../../shared/result';
import type { Settings } from '../../shared/settings/settings';
import type { CallContext, HandlerGroup } from '../base/ipc/handlers';
import { openTenantContext, tenantGroups, type TenantChannel, type TenantContext, type TenantContextDeps } from './tenant-context';

/** Only these settings decide which tenant (and so which sign-in and Graph) the app talks to. */
const tenantKey = (settings: Settings) => `${settings.tenant ?? ''}|${settings.clientId ?? ''}`;

/**
 * Holds the current tenant context and replaces it when the settings point
 * at another tenant (or back to the demo). Calls that arrive during a switch
 * wait for it, so nothing reaches a context that is closing. A context that
 * cannot be opened (an unreadable sign-in cache, a demo tenant that cannot
 * listen) leaves the app running: its calls answer `unavailable` with the
 * reason, and the next settings change tries again.
 */
export async function createTenantSwitch(deps: TenantContextDeps) {
  let current: TenantContext | null = null;
  let problem = '';
  let key = tenantKey(deps.settings());
  let switching: Promise<void> = Promise.resolve();

  async function open(): Promise<TenantContext | null> {
    try {
      return await openTenantContext(deps);
    } catch (cause) {
      problem = cause instanceof Error ? cause.message : String(cause);
      deps.logger.error('Could not open the tenant in the settings', cause);
      return null;
    }
  }

  function resume(context: TenantContext | null): void {
    void context?.actions?.resumeFromLog().then(
      (resumed) => {
        if (!resumed.ok) deps.logger.warn(`Could not resume unfinished actions: ${resumed.error.message}`);
      },
      (cause: unknown) => deps.logger.error('Resuming unfinished actions failed', cause),
    );
  }

  current = await open();
  // Actions left unfinished by an earlier run resume once someone of that tenant is signed in.
  const stopResuming = deps.events.listen((event, payload) => {
    if (event === 'sessionChanged' && (payload as { status: string }).status === 'signedIn') resume(current);
  });
  // A sign-in restored from the token cache announces nothing: resume for it now.
  if (current?.auth.getSession().status === 'signedIn') resume(current);

  async function ready(): Promise<TenantContext | null> {
    await switching;
    return current;
  }

  /** One handler per tenant channel, each forwarding to the current context's handler for it. */
  function routeTenantChannels(): HandlerGroup<TenantChannel> {
    const group = {} as Record<TenantChannel, unknown>;
    for (const name of tenantGroups.flatMap((g) => g.channels)) {
      group[name] = async (request: never, context: CallContext) => {
        const tenant = await ready();
        if (!tenant) return errSaid('unavailable', { code: 'tenantNotOpened', params: { problem } });
        const handler = tenant.handlers[name] as (request: never, context: CallContext) => unknown;
        return handler(request, context);
      };
    }
    return group as HandlerGroup<TenantChannel>;
  }

  return {
    current: () => current,
    /** Follows a settings change; resolves when the right context is open (or could not be). Never rejects. */
    follow(settings: Settings): Promise<void> {
      const next = tenantKey(settings);
      if (next === key) return switching;
      key = next;
      switching = switching.then(async () => {
        const closing = current;
        current = null;
        await closing?.close().catch((cause: unknown) => deps.logger.error('Closing the previous tenant failed', cause));
        current = await open();
        if (current) deps.events.emit('sessionChanged', current.auth.getSession());
      });
      return switching;
    },
    /** The tenant's channels (sign-in, devices, actions, audits), answered by whichever context is current. */
    handlers: routeTenantChannels,
    async close(): Promise<void> {
      stopResuming();
      await switching;
      await current?.close();
    },
  };
}
