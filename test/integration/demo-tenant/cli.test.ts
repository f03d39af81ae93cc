import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST, request } from './tenant-fixture';

let dir: string | undefined;
let outfile = '';
let child: ChildProcess | undefined;
// The CLI runs as it ships: bundled by esbuild into one CommonJS file.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'demo-tenant-cli-'));
  outfile = join(dir, 'cli.cjs');
  await build({ entryPoints: [fileURLToPath(new URL('../../../main/demo-tenant/cli.ts', import.meta.url))], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' });
});
afterAll(async () => {
  child?.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

function firstLine(cli: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: cli.stdout! });
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    cli.once('exit', (code) => reject(new Error(`the CLI exited (${code}) before printing`)));
  });
}

describe('demo-tenant CLI', () => {
  it('prints { url, token } as one JSON line, serves, and exits cleanly on SIGTERM', async () => {
    child = spawn(process.execPath, [outfile, '--devices', '1000', '--port', '0', '--seed', '7'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const printed = JSON.parse(await firstLine(child));
    expect(Object.keys(printed).sort()).toEqual(['token', 'url']);
    expect(printed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const page = await request('GET', `${printed.url}${LIST}?$top=1000&$select=id`, { authorization: `Bearer ${printed.token}` });
    expect(page.status).toBe(200);
    expect(page.body.value).toHaveLength(1000);
    expect(page.body['@odata.nextLink']).toBeUndefined();

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses unknown options', async () => {
    const bad = spawn(process.execPath, [outfile, '--frobnicate', '1'], { stdio: ['ignore', 'ignore', 'ignore'] });
    expect(await new Promise((resolve) => bad.once('exit', resolve))).toBe(1);
  });
});
