import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { faultCause } from '../../../../main/base/fault-cause';

it('gives the OS code of a real file fault and the path it names, not Node\'s English sentence', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fault-cause-'));
  try {
    const caught = (act: () => void) => {
      try {
        act();
      } catch (error) {
        return error;
      }
      throw new Error('did not fail');
    };
    expect(faultCause(caught(() => readFileSync(join(folder, 'missing.csv'))))).toBe(`ENOENT\t${join(folder, 'missing.csv')}`);
    expect(faultCause(caught(() => writeFileSync(folder, 'x')))).toBe(`EISDIR\t${folder}`);
    // A fault on an open file names no path: the code alone.
    expect(faultCause(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))).toBe('ENOSPC');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

it('keeps the text of an error that has no OS code', () => {
  expect(faultCause(new Error('the entry is too long'))).toBe('the entry is too long');
  expect(faultCause(Object.assign(new TypeError('bad argument'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBe('bad argument');
  expect(faultCause('plain')).toBe('plain');
});
