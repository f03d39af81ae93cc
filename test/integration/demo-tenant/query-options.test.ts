import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { device, expectGraphError, LIST, startFixture, type Fixture } from './tenant-fixture';

let f: Fixture;
let all: Record<string, any>[];
beforeAll(async () => {
  f = await startFixture({ deviceCount: 2000 });
  all = await f.getAll(LIST);
});
afterAll(async () => {
  expect(f.tenant.control.internalErrors()).toEqual([]);
  await f.tenant.close();
});

const names = (items: Record<string, unknown>[]) => items.map((d) => d.deviceName).sort();
const filtered = (filter: string) => f.getAll(`${LIST}?$filter=${encodeURIComponent(filter)}`);

describe('$select', () => {
  it('returns exactly the selected properties and names them in @odata.context', async () => {
    const answer = await f.get(`${LIST}?$top=3&$select=id,deviceName,OSVERSION`);
    expect(answer.body['@odata.context']).toContain('#deviceManagement/managedDevices(id,deviceName,osVersion)');
    for (const item of answer.body.value) expect(Object.keys(item).sort()).toEqual(['deviceName', 'id', 'osVersion']);
  });

  it('applies to a single device too', async () => {
    const answer = await f.get(`${device(all[0]!.id)}?$select=id,deviceActionResults`);
    expect(answer.body['@odata.context']).toMatch(/managedDevices\(id,deviceActionResults\)\/\$entity$/);
    expect(Object.keys(answer.body).sort()).toEqual(['@odata.context', 'deviceActionResults', 'id']);
  });

  it('rejects a property the type does not have', async () => {
    expectGraphError(await f.get(`${LIST}?$select=id,favouriteColour`), 400, 'BadRequest');
    expectGraphError(await f.get(`${LIST}?$select=id,,deviceName`), 400, 'BadRequest');
  });
});

describe('$top', () => {
  it('makes smaller pages and is capped at 1,000', async () => {
    expect((await f.get(`${LIST}?$top=7`)).body.value).toHaveLength(7);
    expect((await f.get(`${LIST}?$top=5000`)).body.value).toHaveLength(1000);
  });
});

describe('$filter: the supported subset', () => {
  it('matches deviceName with eq (case-insensitive) and contains', async () => {
    expect(names(await filtered("deviceName eq 'demo-ios-17'"))).toEqual(['DEMO-IOS-17']);
    expect(names(await filtered("contains(deviceName,'DEMO-AWP-6')"))).toEqual(['DEMO-AWP-6.0', 'DEMO-AWP-6.0.1', 'DEMO-AWP-6.9']);
  });

  it('matches operatingSystem, serialNumber, imei, manufacturer, complianceState, userPrincipalName', async () => {
    const target = all.find((d) => d.imei !== '' && d.userPrincipalName.includes("'"))!;
    expect(target).toBeDefined();
    const quoted = target.userPrincipalName.replace(/'/g, "''");
    expect((await filtered(`serialNumber eq '${target.serialNumber}'`)).map((d) => d.id)).toContain(target.id);
    expect((await filtered(`imei eq '${target.imei}'`)).map((d) => d.id)).toEqual([target.id]);
    expect((await filtered(`userPrincipalName eq '${quoted}'`)).every((d) => d.userPrincipalName === target.userPrincipalName)).toBe(true);
    const androidForWork = await filtered("operatingSystem eq 'AndroidForWork'");
    expect(androidForWork.length).toBeGreaterThan(0);
    expect(androidForWork.every((d) => d.operatingSystem === 'AndroidForWork')).toBe(true);
    const combined = await filtered("manufacturer eq 'Apple' and complianceState eq 'noncompliant'");
    expect(combined).toEqual(all.filter((d) => d.manufacturer === 'Apple' && d.complianceState === 'noncompliant'));
  });

  it('compares lastSyncDateTime with lt and gt', async () => {
    const cut = new Date(f.clock.now() - 7 * 86_400_000).toISOString();
    const recent = await filtered(`lastSyncDateTime gt ${cut}`);
    const older = await filtered(`lastSyncDateTime lt ${cut}`);
    expect(recent.length + older.length).toBe(all.length);
    expect(recent.every((d) => (d.lastSyncDateTime as string) > cut)).toBe(true);
  });
});

describe('$filter: Intune quirks', () => {
  it('treats startswith like contains', async () => {
    const viaStartswith = await filtered("startswith(deviceName,'6.0')");
    expect(names(viaStartswith)).toEqual(names(await filtered("contains(deviceName,'6.0')")));
    expect(names(viaStartswith)).toContain('DEMO-AWP-6.0');
  });

  it('ignores unsupported properties, operators, or and not: every device comes back', async () => {
    for (const filter of ["osVersion eq '7.0'", "deviceName ne 'x'", "deviceName eq 'DEMO-IOS-17' or deviceName eq 'DEMO-IOS-18'", "not (deviceName eq 'DEMO-IOS-17')", "endswith(deviceName,'17')"]) {
      expect(await filtered(filter), filter).toHaveLength(all.length);
    }
  });

  it('applies the supported half of an and with an unsupported half', async () => {
    expect(names(await filtered("osVersion eq '99' and deviceName eq 'DEMO-IOS-17'"))).toEqual(['DEMO-IOS-17']);
  });
});

describe('v1.0 and beta', () => {
  it('hides beta-only properties on v1.0 and refuses to select them', async () => {
    const v1 = await f.get('/v1.0/deviceManagement/managedDevices?$top=5');
    for (const item of v1.body.value) {
      expect(item).not.toHaveProperty('deviceType');
      expect(item).not.toHaveProperty('managementState');
    }
    expect(all[0]).toHaveProperty('deviceType');
    expectGraphError(await f.get('/v1.0/deviceManagement/managedDevices?$select=id,deviceType'), 400, 'BadRequest');
  });

  it('folds beta-only enum values into unknownFutureValue or unknown on v1.0', async () => {
    const byName = async (name: string, version: string) =>
      (await f.get(`/${version}/deviceManagement/managedDevices?$filter=${encodeURIComponent(`deviceName eq '${name}'`)}`)).body.value[0];
    expect((await byName('DEMO-AE-DEDICATED-13', 'beta')).deviceEnrollmentType).toBe('androidEnterpriseDedicatedDevice');
    expect((await byName('DEMO-AE-DEDICATED-13', 'v1.0')).deviceEnrollmentType).toBe('unknownFutureValue');
    expect((await byName('DEMO-AOSP-USER-OWNED-12', 'beta')).managementAgent).toBe('intuneAosp');
    expect((await byName('DEMO-AOSP-USER-OWNED-12', 'v1.0')).managementAgent).toBe('unknown');
    const future = await byName('DEMO-ENUM-FUTURE', 'beta');
    expect([future.deviceType, future.deviceEnrollmentType, future.complianceState]).toEqual(['androidXR', 'androidEnterpriseVirtualDedicated', 'pendingEvaluation']);
    const futureV1 = await byName('DEMO-ENUM-FUTURE', 'v1.0');
    expect([futureV1.deviceEnrollmentType, futureV1.managementAgent, futureV1.complianceState]).toEqual(['unknownFutureValue', 'unknown', 'unknown']);
  });

  it('lists no action results: only the single-device GET has them', async () => {
    expect(all.every((d) => Array.isArray(d.deviceActionResults) && d.deviceActionResults.length === 0)).toBe(true);
  });
});
