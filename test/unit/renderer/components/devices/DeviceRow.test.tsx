import { describe, expect, it } from 'vitest';
import { platformTitle } from '../../../../../renderer/components/devices/DeviceRow';
import { makeDevice } from '../../support/fixtures';

describe('the platform cell of a device row', () => {
  it('names the hardware in its tooltip, since the search matches model and manufacturer', () => {
    const device = makeDevice({ platform: 'ios', osVersion: '17.6.1', manufacturer: 'Apple', model: 'iPhone 15' });
    expect(platformTitle(device)).toBe('iOS 17.6.1 · Apple iPhone 15');
  });

  it('says only the platform when the hardware is unknown', () => {
    const device = makeDevice({ platform: 'ios', osVersion: '17.6.1', manufacturer: null, model: null });
    expect(platformTitle(device)).toBe('iOS 17.6.1');
    expect(platformTitle({ ...device, model: 'iPad Air' })).toBe('iOS 17.6.1 · iPad Air');
  });
});
