import type { Device } from '../../../shared/devices/device';

export type SerialWhere = 'apple' | 'android' | 'other';

/** A locked phone cannot show its own serial: where the requester can read it depends on who made it. */
export function serialWhereKey(device: Pick<Device, 'platform'>): SerialWhere {
  if (device.platform === 'ios' || device.platform === 'ipados') return 'apple';
  return device.platform === 'android' ? 'android' : 'other';
}
