import { describe, expect, it } from 'vitest';
import { parseMajorVersion } from '../../../../shared/rules/os-version';

describe('parseMajorVersion', () => {
  it.each([
    ['6.0', 6],
    ['6.0.1', 6],
    ['6.9', 6],
    ['7.0', 7],
    ['7.1.2', 7],
    ['14', 14],
    [' 10.0.19045.4291 ', 10],
  ])('%j is %i', (input, major) => {
    expect(parseMajorVersion(input)).toBe(major);
  });

  it.each([null, undefined, '', ' ', 'abc', '7.x', '7.0-beta', 'v7', '7.', '.7', '-7', 7, '123456'])('%j cannot be read', (input) => {
    expect(parseMajorVersion(input)).toBeNull();
  });
});
