// `npm run lint`: the process-boundary rule, the import-cycle check, unit tests mirroring the source, no merge conflict markers, then the Electron security scan.
import { spawnSync } from 'node:child_process';

let failed = false;
for (const script of ['scripts/check-boundaries.mjs', 'scripts/check-import-cycles.mjs', 'scripts/check-test-mirror.mjs', 'scripts/check-merge-markers.mjs', 'scripts/check-electronegativity.mjs']) {
  const run = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
