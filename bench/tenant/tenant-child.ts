import { DEMO_TECHNICIANS, startDemoTenant } from '../../main/demo-tenant';
import type { FromTenant, ToTenant } from './tenant-messages';

/**
 * The demo tenant in its own process. Graph is a remote server: run in the
 * bench's process, the tenant's own work (building and serialising pages)
 * would share the event loop with the code being measured and blur the ratio.
 * Here it has the machine's other core.
 */
export async function runTenantChild(devices: number, seed: number): Promise<void> {
  const send = (message: FromTenant) => process.send?.(message);
  const tenant = await startDemoTenant({ deviceCount: devices, seed, actionTiming: { toActiveMs: 0, toDoneMs: 0 }, otherUsersActions: 0 });
  // Intune's per-app throttle (2,000 requests per 20 s) is the service's limit, not our code's speed:
  // ten interleaved loads of 100 pages would run into it and measure Retry-After waits instead.
  tenant.control.throttle.setLimits({ requests: 1_000_000_000, writes: 1_000_000_000 });
  const technician = DEMO_TECHNICIANS[0];
  if (!technician) throw new Error('the demo tenant defines no technician');
  const token = tenant.control.issueToken({ ...technician, ttlMs: 24 * 60 * 60_000 });

  process.on('message', (message: ToTenant) => {
    if (message.type === 'close') {
      void tenant.close().then(() => process.exit(0));
    } else if (message.type === 'done-devices') {
      // A reset ends in `done` only when every hidden trait allows it (docs/demo-tenant.md).
      const ids = message.ids.filter((id) => {
        const traits = tenant.control.device(id)?.traits;
        return traits !== undefined && traits.hasPasscodePolicy && traits.resetTokenActive && traits.unlockTokenPresent;
      });
      send({ type: 'done-devices', ids });
    }
  });
  process.on('disconnect', () => void tenant.close().then(() => process.exit(0)));
  send({ type: 'ready', url: tenant.url, token, technician: { upn: technician.upn, objectId: technician.oid, displayName: technician.name }, tenantId: tenant.control.tenantId });
}
