// Typechecks each room with its own tsconfig: shared/ without Node or DOM,
// main/ with Node, renderer/ with the DOM, the browser-host bridge with the DOM,
// and the tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const configs = ['shared/tsconfig.json', 'main/tsconfig.json', 'main/browser-host/bridge/tsconfig.json', 'renderer/tsconfig.json', 'test/tsconfig.json'];
let failed = false;
for (const config of configs) {
  const run = spawnSync(process.execPath, [path.resolve('node_modules/typescript/bin/tsc'), '-p', config], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`Typecheck failed: ${config}`);
    failed = true;
  }
}
if (!failed) console.log(`Typecheck passed (${configs.length} projects).`);
process.exit(failed ? 1 : 0);
