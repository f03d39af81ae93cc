import { describe, expect, it } from 'vitest';
import { deviceSchema } from '../../../../shared/devices/device';
import { managedDeviceSelectFields, type GraphManagedDevice } from '../../../../shared/devices/graph-device';
import { normalizeDevice } from '../../../../shared/devices/normalize-device';
import { maxGraphName, maxGraphWord } from '../../../../shared/devices/graph-text-bounds';
import { expandDecision } from '../../../../shared/rules/passcode-decision';
import { decidePasscodeAction } from '../../../../shared/rules/passcode-rules';

const graphAndroid: GraphManagedDevice = {
  id: 'b1f6a6c2-0000-4000-8000-000000000001',
  deviceName: ' Marco-Pixel ',
  operatingSystem: 'Android',
  osVersion: '14',
  deviceType: 'androidForWork',
  deviceEnrollmentType: 'userEnrollment',
  managementAgent: 'mdm',
  managedDeviceOwnerType: 'personal',
  userPrincipalName: 'marco.rossi@contoso.com',
  userDisplayName: 'Marco Rossi',
  serialNumber: 'R5CT1234',
  imei: '356938035643809',
  model: 'Pixel 8',
  manufacturer: 'Google',
  lastSyncDateTime: '2026-11-20T08:15:30Z',
  enrolledDateTime: '2025-01-02T10:00:00.123Z',
  complianceState: 'compliant',
  managementState: 'managed',
  isSupervised: false,
};

function normalized(raw: unknown) {
  const device = normalizeDevice(raw);
  if (device === null) throw new Error('expected a device');
  return deviceSchema.parse(device); // whatever comes out must also pass the IPC schema
}

describe('normalizeDevice', () => {
  it('maps every selected Graph field, with the passcode decision as codes', () => {
    expect(Object.keys(graphAndroid).sort()).toEqual([...managedDeviceSelectFields].sort());
    expect(normalized(graphAndroid)).toEqual({
      id: 'b1f6a6c2-0000-4000-8000-000000000001',
      name: 'Marco-Pixel',
      platform: 'android',
      osVersion: '14',
      deviceType: 'androidForWork',
      enrollmentType: 'userEnrollment',
      managementAgent: 'mdm',
      ownerType: 'personal',
      userPrincipalName: 'marco.rossi@contoso.com',
      userDisplayName: 'Marco Rossi',
      serialNumber: 'R5CT1234',
      imei: '356938035643809',
      model: 'Pixel 8',
      manufacturer: 'Google',
      lastSyncDateTime: '2026-11-20T08:15:30.000Z',
      enrolledDateTime: '2025-01-02T10:00:00.123Z',
      complianceState: 'compliant',
      managementState: 'managed',
      isSupervised: false,
      isSharedDevice: null,
      decision: { eligible: true, mode: 'android_work_profile', outcomeCode: 'work_profile_passcode_reset_or_generated', source: 'seed-and-current-docs' },
    });
  });

  it('carries the decision the rules give for the Graph object itself', () => {
    for (const raw of [graphAndroid, { ...graphAndroid, osVersion: '6.0' }, { ...graphAndroid, operatingSystem: 'iOS', deviceType: 'iPad' }]) {
      expect(expandDecision(normalized(raw).decision)).toEqual(decidePasscodeAction(raw));
    }
  });

  it('turns missing, null and blank fields into null or unknown', () => {
    expect(normalized({ id: 'x', deviceName: null, osVersion: '  ', imei: '' })).toEqual({
      id: 'x',
      name: null,
      platform: 'unknown',
      osVersion: null,
      deviceType: 'unknown',
      enrollmentType: 'unknown',
      managementAgent: 'unknown',
      ownerType: 'unknown',
      userPrincipalName: null,
      userDisplayName: null,
      serialNumber: null,
      imei: null,
      model: null,
      manufacturer: null,
      lastSyncDateTime: null,
      enrolledDateTime: null,
      complianceState: 'unknown',
      managementState: 'unknown',
      isSupervised: null,
      isSharedDevice: null,
      decision: { eligible: false, mode: 'unknown', reasonCode: 'platform_unknown', source: 'current-docs' },
    });
  });

  it('turns unknown enum members (and unknownFutureValue) into unknown', () => {
    const device = normalized({
      ...graphAndroid,
      deviceType: 'foldable',
      deviceEnrollmentType: 'unknownFutureValue',
      managementAgent: 'somethingNew',
      managedDeviceOwnerType: 'shared',
      complianceState: 'maybe',
      managementState: 'constructor',
    });
    expect(device).toMatchObject({
      deviceType: 'unknown',
      enrollmentType: 'unknown',
      managementAgent: 'unknown',
      ownerType: 'unknown',
      complianceState: 'unknown',
      managementState: 'unknown',
    });
    expect(device.decision).toMatchObject({ eligible: false, reasonCode: 'android_mode_unknown' });
  });

  it('reads enum members and operating systems in any casing', () => {
    const device = normalized({ id: 'x', operatingSystem: 'IPADOS', deviceType: 'IPAD', complianceState: 'NonCompliant' });
    expect(device).toMatchObject({ platform: 'ipados', deviceType: 'iPad', complianceState: 'noncompliant' });
    expect(device.decision).toMatchObject({ eligible: true, mode: 'ipados_device' });
  });

  it('reads an AndroidForWork operating system as Android with a work profile', () => {
    const device = normalized({ id: 'x', operatingSystem: 'AndroidForWork', osVersion: '9' });
    expect(device.platform).toBe('android');
    expect(device.decision).toMatchObject({ eligible: true, mode: 'android_work_profile' });
  });

  it.each([
    ['0001-01-01T00:00:00Z', null], // Graph's "never"
    ['not a date', null],
    ['May 1, 2026', null],
    ['+275760-09-13T00:00:00Z', null],
    ['2026-11-20T09:15:30+01:00', '2026-11-20T08:15:30.000Z'],
  ])('reads the time %j as %j', (input, expected) => {
    expect(normalized({ id: 'x', lastSyncDateTime: input }).lastSyncDateTime).toBe(expected);
  });

  it('survives values of the wrong type', () => {
    const device = normalized({ id: 'x', deviceName: 42, osVersion: 7, isSupervised: 'yes', deviceType: ['iPhone'], lastSyncDateTime: 0 });
    expect(device).toMatchObject({ name: null, osVersion: null, isSupervised: null, deviceType: 'unknown', lastSyncDateTime: null });
  });

  it.each([null, undefined, 'device', 42, [], {}, { id: '' }, { id: 42 }, { deviceName: 'no id' }])(
    'gives null for %j: there is no device to act on',
    (raw) => {
      expect(normalizeDevice(raw)).toBeNull();
    },
  );
});

describe('normalizeDevice times', () => {
  it.each(['2026-11-02T16:32:11Z', '2024-02-29T23:59:59Z', '2026-02-31T00:00:00Z', '2026-11-02T16:32:11.123Z', '2026-11-02T18:32:11+02:00', '1970-01-01T00:00:00Z', '0001-01-01T00:00:00Z'])(
    'gives the same canonical time as a Date round trip for %s',
    (raw) => {
      const ms = Date.parse(raw);
      const expected = ms > 0 ? new Date(ms).toISOString() : null;
      expect(normalizeDevice({ id: 'd1', lastSyncDateTime: raw })?.lastSyncDateTime).toBe(expected);
    },
  );
});

describe('a hostile or broken device from Graph', () => {
  const huge = 'X'.repeat(1_048_576);

  it('cuts every text field to its bound, with an ellipsis, and still decides the passcode rule', () => {
    const device = normalized({
      ...graphAndroid,
      deviceName: huge, userPrincipalName: huge, userDisplayName: huge, model: huge, manufacturer: huge,
      serialNumber: huge, imei: huge, osVersion: `14${huge}`,
    })!;
    for (const field of ['name', 'userPrincipalName', 'userDisplayName', 'model', 'manufacturer'] as const) {
      expect(device[field], field).toHaveLength(maxGraphName);
      expect(device[field]!.endsWith('…'), field).toBe(true);
    }
    for (const field of ['serialNumber', 'imei', 'osVersion'] as const) expect(device[field], field).toHaveLength(maxGraphWord);
    expect(deviceSchema.safeParse(device).success).toBe(true);
    // Everything the window and the saved list get stays small.
    expect(JSON.stringify(device).length).toBeLessThan(4_000);
  });

  it('drops a device whose id is longer than any Graph gives (a cut id would name no device)', () => {
    expect(normalizeDevice({ ...graphAndroid, id: 'a'.repeat(maxGraphWord + 1) })).toBeNull();
    expect(normalized({ ...graphAndroid, id: 'a'.repeat(maxGraphWord) })?.id).toBe('a'.repeat(maxGraphWord));
  });

  it('reads a megabyte "time" as no time', () => {
    expect(normalized({ ...graphAndroid, lastSyncDateTime: `2026-11-20T08:15:30Z${huge}` })?.lastSyncDateTime).toBeNull();
  });
});

