// `npm run dist` (this platform), `npm run dist:win`, `npm run dist:mac`,
// `npm run dist:linux`: builds the app, says what will be signed and
// notarised (from the environment; see README "Building installers"), then
// runs electron-builder with electron-builder.yml. Installers land in release/.
// Extra arguments go to electron-builder (e.g. `npm run dist:win -- --x64`).
// `--dry-run` prints the plan and stops.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distPlan, targetsOf } from './dist-plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const builderArgs = args.filter((arg) => arg !== '--dry-run');

const targets = targetsOf(builderArgs, process.platform);
const plan = distPlan(targets, process.env, process.platform);
console.log(`Packaging for: ${targets.join(', ')}`);
for (const line of plan.lines) console.log(`  ${line}`);
if (plan.problems.length > 0) {
  for (const problem of plan.problems) console.error(`  ${problem}`);
  process.exit(1);
}
if (dryRun) process.exit(0);

function run(file, runArgs) {
  const result = spawnSync(process.execPath, [file, ...runArgs], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(path.join(root, 'scripts/build.mjs'), []);
// Publishing is never a side effect of packaging (electron-builder would try on CI tags).
const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
// With no target flag, electron-builder builds for this platform, as targetsOf assumed.
run(cli, [...builderArgs, ...plan.args, '--publish', 'never']);
