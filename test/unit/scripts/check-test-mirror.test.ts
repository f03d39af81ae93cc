import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { checkTestMirror, hasLogic, sourceNamedBy } from '../../../scripts/check-test-mirror.mjs';

type Problem = { file: string; message: string };

// The fixture's own allow-list: one wiring folder with a reason.
const allowed = { 'main/preload': 'wiring only' };
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'test-mirror-'));
  cpSync(path.resolve('test/fixtures/test-mirror'), root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const plant = (file: string, text = 'export const x = 1;\n') => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const check = (allow: Record<string, string> = allowed): Problem[] => checkTestMirror(root, allow);

describe('check-test-mirror', () => {
  it('passes a tree whose unit tests mirror it (aspect tests, folder tests, support helpers, a type-only folder)', () => {
    expect(check()).toEqual([]);
  });

  it('fails on a stray unit test that names no source file, saying where it looked', () => {
    plant('test/unit/main/actions/retry-rules.test.ts', '');
    expect(check()).toEqual([
      { file: 'test/unit/main/actions/retry-rules.test.ts', message: expect.stringContaining('main/actions/retry-rules.ts') },
    ]);
  });

  it('fails on a unit test left in a folder the source does not have (a flat test after a move)', () => {
    plant('test/unit/renderer/components/Badge.test.tsx', '');
    plant('test/unit/packaging/plan.test.ts', '');
    expect(check().map((p) => p.file).sort()).toEqual(['test/unit/packaging/plan.test.ts', 'test/unit/renderer/components/Badge.test.tsx']);
  });

  it('fails on a helper outside a mirrored or support/ folder', () => {
    plant('test/unit/helpers/make-device.ts');
    expect(check()).toEqual([{ file: 'test/unit/helpers/make-device.ts', message: expect.stringContaining('mirrors no source folder') }]);
  });

  it('fails on a source folder with logic and no unit test, and names it', () => {
    plant('shared/settings/policy.ts', 'export const maxTickets = (n: number) => Math.min(n, 5);\n');
    expect(check()).toEqual([{ file: 'shared/settings/', message: expect.stringContaining('test/unit/shared/settings/ has no test') }]);
  });

  it('a test in a sub-folder does not count for its parent folder', () => {
    plant('main/actions/queue/drain.ts', 'export const drain = () => [];\n');
    plant('test/unit/main/actions/queue/drain.test.ts', '');
    rmSync(path.join(root, 'test/unit/main/actions/eligibility.test.ts'));
    rmSync(path.join(root, 'test/unit/main/actions/eligibility.android.test.ts'));
    expect(check().map((p) => p.file)).toEqual(['main/actions/']);
  });

  it('without its allow-list entry the wiring folder fails; a stale entry fails too', () => {
    expect(check({}).map((p) => p.file)).toEqual(['main/preload/']);
    expect(check({ ...allowed, 'shared/types': 'types' })).toEqual([
      { file: 'shared/types/', message: expect.stringContaining('holds no logic') },
    ]);
    plant('test/unit/main/preload/index.test.ts', '');
    expect(check()).toEqual([{ file: 'main/preload/', message: expect.stringContaining('has unit tests now') }]);
  });
});

describe('what counts as logic', () => {
  it('types, imports, re-exports and constant data are not logic; a function, a callback or a class is', () => {
    expect(hasLogic('a.ts', "import type { A } from './b';\nexport interface X { a: A; run(): void }\nexport type Y = (x: X) => void;\nexport * from './c';\n")).toBe(false);
    expect(hasLogic('a.ts', "export const limit = 5;\nexport const kinds = ['a', 'b'] as const;\nexport const shape = z.object({ id: z.string() });\n")).toBe(false);
    expect(hasLogic('a.ts', 'declare global { interface Window { x: 1 } }\ndeclare function f(): void;\n')).toBe(false);
    expect(hasLogic('a.ts', 'export const shape = z.string().refine((s) => s.length > 2);\n')).toBe(true);
    expect(hasLogic('a.ts', 'export const text = { greet: (name: string) => `Hi ${name}` };\n')).toBe(true);
    expect(hasLogic('a.ts', 'export class Queue {}\n')).toBe(true);
    expect(hasLogic('a.ts', "console.log('loaded');\n")).toBe(true);
    expect(hasLogic('A.tsx', 'export function A() { return null; }\n')).toBe(true);
    expect(hasLogic('a.d.ts', 'export declare const x: number;\n')).toBe(false);
    expect(hasLogic('a.css', 'body { color: red }')).toBe(false);
  });

  it('a test names the source before its first dot', () => {
    expect(sourceNamedBy('main/actions/action-service.lifecycle.test.ts')).toBe('main/actions/action-service');
    expect(sourceNamedBy('renderer/components/devices/Badge.test.tsx')).toBe('renderer/components/devices/Badge');
  });
});
