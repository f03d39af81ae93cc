import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

// electronegativity always exits 0; our wrapper must turn findings into a failure.
describe('the electronegativity check', () => {
  it('fails on a planted insecure window and reports the findings', () => {
    const run = spawnSync(process.execPath, ['scripts/check-electronegativity.mjs', 'test/fixtures/electronegativity'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/NODE_INTEGRATION_JS_CHECK|CONTEXT_ISOLATION_JS_CHECK|SANDBOX_JS_CHECK/);
    expect(run.stderr).toMatch(/above INFORMATIONAL/);
  }, 60_000);
});
