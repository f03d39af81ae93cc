import { describe, expect, it } from 'vitest';
import { clampNameWidth, nameColumn } from '../../../../../renderer/components/devices/device-columns';

describe('the Device column width the technician drags', () => {
  it('stays within its bounds, in whole pixels', () => {
    expect(clampNameWidth(10)).toBe(nameColumn.min);
    expect(clampNameWidth(10_000)).toBe(nameColumn.max);
    expect(clampNameWidth(200.6)).toBe(201);
  });
});
