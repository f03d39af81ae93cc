import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/ipc/contract';
import { maxGraphName, maxGraphWord } from '../../../shared/devices/graph-text-bounds';
import { createTenantActionsService } from '../../../main/audits/tenant-actions-service';
import { SCOPE_PRIVILEGED, SCOPE_READ } from '../../../main/demo-tenant';
import { useHarness } from '../../support/action-harness';

/**
 * A broken or hostile tenant over real HTTP: a device whose name, model, user, serial, IMEI and OS
 * version are a megabyte each, and an audit record naming a megabyte technician. What reaches the
 * window (device events, one device's read, the tenant's actions) is cut to the bounds, with an
 * ellipsis; the device is still listed, opened and decided.
 */
const start = useHarness({ tenant: { deviceCount: 40 } });
const huge = (letter: string) => letter.repeat(1_048_576);

type Progress = EventPayload<'devicesProgress'>;

describe('text a tenant sends, bounded where the app reads it', () => {
  it('cuts a megabyte device name and fields in the list and in the fresh read, and keeps the device', async () => {
    const h = await start();
    const id = h.tenant.control.deviceId('DEMO-IOS-17');
    h.tenant.control.setDeviceText(id, {
      deviceName: huge('N'), model: huge('M'), manufacturer: huge('F'), userPrincipalName: huge('U'),
      userDisplayName: huge('D'), serialNumber: huge('S'), imei: huge('I'), osVersion: `17.6.1${huge('V')}`,
    });
    const { loadId } = h.devices.load();
    await h.waitFor('devicesProgress', (p) => p.loadId === loadId && p.done);
    const pages = h.recorded.filter((r) => r.event === 'devicesProgress').map((r) => r.payload as Progress).filter((p) => p.loadId === loadId);
    const listed = pages.flatMap((p) => p.devices);
    expect(listed).toHaveLength(h.tenant.control.deviceCount());
    const hostile = listed.find((d) => d.id === id)!;
    expect(hostile.name).toBe(`${'N'.repeat(maxGraphName - 1)}…`);
    for (const field of ['model', 'manufacturer', 'userPrincipalName', 'userDisplayName'] as const) expect(hostile[field], field).toHaveLength(maxGraphName);
    for (const field of ['serialNumber', 'imei', 'osVersion'] as const) expect(hostile[field], field).toHaveLength(maxGraphWord);
    // The whole event the window gets stays small (it would be 8 MB with the text as sent).
    expect(Math.max(...pages.map((p) => JSON.stringify(p).length))).toBeLessThan(200_000);

    const fresh = await h.devices.getFresh(id);
    if (!fresh.ok) throw new Error(fresh.error.message);
    expect(fresh.value.name).toHaveLength(maxGraphName);
    expect(fresh.value.decision).toEqual(hostile.decision);
  });

  it("cuts a megabyte technician and device name in the tenant's passcode actions", async () => {
    const h = await start();
    const id = h.tenant.control.deviceId('DEMO-IOS-18');
    h.tenant.control.setDeviceText(id, { deviceName: huge('N') });
    // Someone else, with a megabyte UPN, resets the device straight through Graph: Intune audits it.
    const token = h.tenant.control.issueToken({ upn: `${huge('u')}@contoso.com`, scopes: [SCOPE_READ, SCOPE_PRIVILEGED] });
    const posted = await fetch(`${h.tenant.url}/v1.0/deviceManagement/managedDevices/${id}/resetPasscode`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(posted.status).toBe(204);
    const audits = createTenantActionsService({ graph: h.graph, events: h.events, logger: h.logger, now: () => h.tenantClock.now(), ourActions: async () => [] });
    const view = await audits.list(true);
    if (!view.ok) throw new Error(view.error.message);
    const row = view.value.rows.find((r) => r.deviceId === id)!;
    expect(row.deviceName).toBe(`${'N'.repeat(maxGraphName - 1)}…`);
    expect(row.initiatedBy).toBe(`${'u'.repeat(maxGraphName - 1)}…`);
    expect(JSON.stringify(view.value).length).toBeLessThan(100_000);
  });
});
