import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createActionLog, type ActionLog } from '../../../main/action-log/action-log';
import { createPasscodeVault } from '../../../main/actions/passcode-vault';
import { createEventHub, type EventHub } from '../../../main/base/events';
import { silentLogger } from '../../../main/base/logger';
import type { TenantBackend } from '../../../main/core/tenant-backend';
import { createTenantSwitch } from '../../../main/core/tenant-switch';
import { DEMO_TENANT_ID } from '../../../main/demo-tenant';
import { openDemoBackend } from '../../../main/demo-backend/open-demo-backend';
import type { AuthService } from '../../../main/auth/auth-service';
import { createProcessSecretStore } from '../../support/process-secret-store';
import type { EventPayload } from '../../../shared/ipc/contract';
import { defaultSettings, type Settings } from '../../../shared/settings/settings';
import { useTempDirs } from '../../support/temp-dir';

/** The tenant switch over real contexts on the demo tenant: resuming at start-up, and surviving a tenant that cannot open. */
const tempDir = useTempDirs();
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openLog(): Promise<ActionLog> {
  const opened = await createActionLog({ folder: path.join(tempDir(), 'action-log'), secretStore: createProcessSecretStore(), appVersion: '0.0.0-test' });
  if (!opened.ok) throw new Error(opened.error.message);
  cleanups.push(() => opened.value.close());
  return opened.value;
}

/** The demo backend for the demo; a tenant backend whose sign-in service cannot be built, as with an unreadable cache. */
type AuthFor = (mode: 'demo' | 'tenant', backend: TenantBackend) => Promise<AuthService>;

async function startSwitch(events: EventHub, log: ActionLog, settings: () => Settings, authFor: AuthFor) {
  const switcher = await createTenantSwitch({
    settings,
    events,
    logger: silentLogger,
    log,
    vault: createPasscodeVault(),
    openBackend: async (wanted) => {
      const backend = wanted.tenant ? { ...(await openDemoBackend({ deviceCount: 50, pace: 'instant' })), mode: 'tenant' as const } : await openDemoBackend({ deviceCount: 50, pace: 'instant' });
      return { ...backend, createAuth: () => authFor(backend.mode, backend) };
    },
  });
  cleanups.push(() => switcher.close());
  return switcher;
}

function actionUpdate(events: EventHub, match: (p: EventPayload<'actionUpdated'>) => boolean) {
  return new Promise<EventPayload<'actionUpdated'>>((resolve) => {
    const stop = events.listen((event, payload: unknown) => {
      const summary = payload as EventPayload<'actionUpdated'>;
      if (event === 'actionUpdated' && match(summary)) {
        stop();
        resolve(summary);
      }
    });
  });
}

describe('the tenant switch', () => {
  it('resumes unfinished actions at start-up when the sign-in was restored without a sessionChanged event', async () => {
    const log = await openLog();
    // An action an earlier run sent and never saw end, on a device since deleted from the tenant.
    const actionId = randomUUID();
    const context = {
      actionId,
      technician: { upn: 'alex.tech@demo.example', objectId: randomUUID() },
      tenantId: DEMO_TENANT_ID,
      device: { id: randomUUID(), name: 'GONE-PHONE' },
    };
    const decision = { eligible: true, mode: 'ios_device', reasonCode: 'ios_remove', source: 'seed' };
    expect((await log.append({ type: 'requested', ...context, ticket: 'INC-1', identityVerified: true, decision })).ok).toBe(true);
    expect((await log.append({ type: 'accepted', ...context, graphRequestId: 'r-1' })).ok).toBe(true);

    const events = createEventHub();
    const ended = actionUpdate(events, (a) => a.actionId === actionId && a.state === 'failed');
    // Like MSAL restoring an account from its token cache: signed in before the switch listens to anything.
    await startSwitch(events, log, () => defaultSettings, async (mode, backend) => {
      if (mode !== 'demo') throw new Error('demo only');
      const auth = await backend.createAuth(events);
      await auth.signIn('interactive');
      return auth;
    });
    expect(await ended).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers `unavailable` while the tenant cannot be opened, and recovers at the next settings change', async () => {
    const log = await openLog();
    const events = createEventHub();
    let settings: Settings = defaultSettings;
    const switcher = await startSwitch(events, log, () => settings, async (mode, backend) => {
      if (mode === 'tenant') throw new Error("EACCES: permission denied, open 'sign-in-cache.bin'");
      return backend.createAuth(events);
    });
    const session = switcher.handlers();

    settings = { ...defaultSettings, tenant: 'contoso.onmicrosoft.com', clientId: '1b2c3d4e-0000-4000-8000-00000000abcd' };
    await switcher.follow(settings);
    expect(await session.getSession({}, { door: 'test' })).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('EACCES') } });

    settings = defaultSettings;
    await switcher.follow(settings);
    expect(await session.getSession({}, { door: 'test' })).toMatchObject({ ok: true, value: { mode: 'demo' } });
  });
});
