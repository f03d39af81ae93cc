import { describe, expect, it } from 'vitest';
import type { Device } from '../../../../shared/devices/device';
import { sortDevices } from '../../../../shared/devices/device-sort';
import { makeDevice, refusedDecision } from './device-fixture';

const ids = (devices: readonly Device[]) => devices.map((device) => device.id);

describe('sortDevices', () => {
  it('sorts names ignoring case and accents, numbers by value', () => {
    const devices = [
      makeDevice({ id: '1', name: 'device 10' }),
      makeDevice({ id: '2', name: 'Device 9' }),
      makeDevice({ id: '3', name: 'Élan' }),
      makeDevice({ id: '4', name: 'delta' }),
    ];
    expect(ids(sortDevices(devices, { field: 'name', direction: 'asc' }))).toEqual(['4', '2', '1', '3']);
    expect(ids(sortDevices(devices, { field: 'name', direction: 'desc' }))).toEqual(['3', '1', '2', '4']);
  });

  it('is stable in both directions: equal keys keep their order', () => {
    const devices = ['a', 'b', 'c', 'd'].map((id, i) => makeDevice({ id, name: i % 2 === 0 ? 'Same' : 'Other' }));
    expect(ids(sortDevices(devices, { field: 'name', direction: 'asc' }))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(sortDevices(devices, { field: 'name', direction: 'desc' }))).toEqual(['a', 'c', 'b', 'd']);
  });

  it('puts unknown values last in both directions', () => {
    const devices = [
      makeDevice({ id: 'never', lastSyncDateTime: null }),
      makeDevice({ id: 'old', lastSyncDateTime: '2025-01-01T00:00:00.000Z' }),
      makeDevice({ id: 'new', lastSyncDateTime: '2026-11-20T08:00:00.000Z' }),
    ];
    expect(ids(sortDevices(devices, { field: 'lastSync', direction: 'asc' }))).toEqual(['old', 'new', 'never']);
    expect(ids(sortDevices(devices, { field: 'lastSync', direction: 'desc' }))).toEqual(['new', 'old', 'never']);
  });

  it('sorts users by display name, falling back to the UPN', () => {
    const devices = [
      makeDevice({ id: 'z', userDisplayName: 'Zoe' }),
      makeDevice({ id: 'upn', userPrincipalName: 'bruno@contoso.com' }),
      makeDevice({ id: 'none' }),
      makeDevice({ id: 'a', userDisplayName: 'anna' }),
    ];
    expect(ids(sortDevices(devices, { field: 'user', direction: 'asc' }))).toEqual(['a', 'upn', 'z', 'none']);
  });

  it('sorts by platform, then version', () => {
    const devices = [
      makeDevice({ id: 'ios17', platform: 'ios', osVersion: '17.5' }),
      makeDevice({ id: 'unknown', platform: 'unknown', osVersion: null }),
      makeDevice({ id: 'android14', platform: 'android', osVersion: '14' }),
      makeDevice({ id: 'ios9', platform: 'ios', osVersion: '9.3' }),
    ];
    expect(ids(sortDevices(devices, { field: 'platform', direction: 'asc' }))).toEqual(['android14', 'ios9', 'ios17', 'unknown']);
  });

  it('puts eligible devices first when ascending', () => {
    const devices = [
      makeDevice({ id: 'no1', decision: refusedDecision }),
      makeDevice({ id: 'yes1' }),
      makeDevice({ id: 'no2', decision: refusedDecision }),
      makeDevice({ id: 'yes2' }),
    ];
    expect(ids(sortDevices(devices, { field: 'eligibility', direction: 'asc' }))).toEqual(['yes1', 'yes2', 'no1', 'no2']);
    expect(ids(sortDevices(devices, { field: 'eligibility', direction: 'desc' }))).toEqual(['no1', 'no2', 'yes1', 'yes2']);
  });

  it('does not change its input', () => {
    const devices = [makeDevice({ id: 'b', name: 'b' }), makeDevice({ id: 'a', name: 'a' })];
    sortDevices(devices, { field: 'name', direction: 'asc' });
    expect(ids(devices)).toEqual(['b', 'a']);
  });
});
