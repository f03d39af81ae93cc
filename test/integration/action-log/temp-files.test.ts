import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeFileDurably } from '../../../main/action-log/durable-file';
import { writeFileAtomic } from '../../../main/platform/atomic-file';
import { tempFolder } from './log-fixtures';

/**
 * Finding 4 of the audit: a temp file at a predictable name was opened with
 * 'w', so a symlink planted there made the write land on the link's target.
 */
let dir: ReturnType<typeof tempFolder>;
beforeEach(() => {
  dir = tempFolder();
});
afterEach(() => dir.remove());

function plantLinks(target: string, names: string[]): void {
  for (const name of names) symlinkSync(target, name);
}

it('a durable write never follows a link planted at a temp name, and leaves no temp file behind', () => {
  const victim = join(dir.path, 'victim.txt');
  writeFileSync(victim, 'keep me');
  const file = join(dir.path, 'export.csv');
  // The names the old writer used, and a few guesses around them.
  plantLinks(victim, [`${file}.tmp-${process.pid}`, `${file}.tmp`, `${file}.${process.pid}.tmp`]);

  writeFileDurably(file, 'a,b\r\n');

  expect(readFileSync(victim, 'utf8')).toBe('keep me');
  expect(readFileSync(file, 'utf8')).toBe('a,b\r\n');
  expect(readdirSync(dir.path).sort()).toEqual(['export.csv', `export.csv.${process.pid}.tmp`, 'export.csv.tmp', `export.csv.tmp-${process.pid}`, 'victim.txt'].sort());
});

it('two durable writes to one file never share a temp file', () => {
  const file = join(dir.path, 'install-id');
  writeFileDurably(file, 'first');
  writeFileDurably(file, 'second');
  expect(readFileSync(file, 'utf8')).toBe('second');
  expect(readdirSync(dir.path)).toEqual(['install-id']);
});

it('the atomic writer creates its temp file exclusively', async () => {
  const victim = join(dir.path, 'victim.txt');
  writeFileSync(victim, 'keep me');
  const file = join(dir.path, 'settings.json');
  await writeFileAtomic(file, '{}');
  expect(readFileSync(file, 'utf8')).toBe('{}');
  expect(readFileSync(victim, 'utf8')).toBe('keep me');
  expect(readdirSync(dir.path).sort()).toEqual(['settings.json', 'victim.txt']);
});
