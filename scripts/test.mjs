// `npm test`: typecheck, lint, build, unit + integration (Vitest), end-to-end
// (Playwright in Debian Chromium). Each step runs even if an earlier one
// failed, so one run shows everything. It ends with one line
// `N passed, N failed, N skipped` counted from the runners' JSON reports (the
// typecheck, lint and build steps count as one check each). The Electron door's
// tests run on a real Electron binary where one exists, else on the
// electron-double from ../shared (see scripts/electron-runtime.mjs); a line
// before the closing one says which, and how those tests went.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { resolveElectronRuntime } from './electron-runtime.mjs';

const reports = path.resolve('.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const bin = (name) => path.resolve('node_modules/.bin', name);

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return run.status === 0;
}
function check(name, command, args) {
  const passed = step(name, command, args);
  totals[passed ? 'passed' : 'failed'] += 1;
  if (!passed) console.log(`--- ${name} FAILED`);
  return passed;
}
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('typecheck', process.execPath, ['scripts/typecheck.mjs']);
check('lint', process.execPath, ['scripts/lint.mjs']);
const built = check('build', process.execPath, ['scripts/build.mjs']);

let electronLine = null;
const vitestReport = path.join(reports, 'vitest.json');
const vitestOk = step('unit and integration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A suite that failed to load has no tests to count; count it as a failure.
  if (!vitestOk && vitest.numFailedTests === 0) totals.failed += Math.max(1, vitest.numFailedTestSuites);
} else {
  totals.failed += 1;
}

/** The Electron door's tests in Playwright's JSON report: those with an `electron-runtime` annotation. */
function electronDoorTally(report) {
  const tally = { passed: 0, failed: 0, skipped: 0 };
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (!t.annotations?.some((a) => a.type === 'electron-runtime')) continue;
        const outcome = t.status === 'skipped' ? 'skipped' : t.status === 'expected' || t.status === 'flaky' ? 'passed' : 'failed';
        tally[outcome] += 1;
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return tally;
}

if (built) {
  const electron = resolveElectronRuntime();
  const runtimeName = electron.kind === 'electron-double' ? 'electron-double (not Electron)' : electron.kind === 'electron' ? 'Electron' : 'no Electron binary';
  console.log(`\nElectron door tests run on: ${runtimeName}${electron.binary ? ` (${electron.binary})` : ''}`);
  const playwrightReport = path.join(reports, 'playwright.json');
  step('end-to-end tests (playwright)', bin('playwright'), ['test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    ...(electron.binary ? { ELECTRON_BIN: electron.binary } : {}),
  });
  const playwright = readJson(playwrightReport);
  if (playwright?.stats) {
    totals.passed += playwright.stats.expected + (playwright.stats.flaky ?? 0);
    totals.failed += playwright.stats.unexpected;
    totals.skipped += playwright.stats.skipped;
    if (playwright.errors?.length) totals.failed += playwright.errors.length;
    const door = electronDoorTally(playwright);
    electronLine = `Electron door on ${runtimeName}: ${door.passed} passed, ${door.failed} failed, ${door.skipped} skipped (counted in the line below)`;
  } else {
    totals.failed += 1;
  }
} else {
  console.log('End-to-end tests not run: the build failed.');
  totals.failed += 1;
}

if (electronLine) console.log(`\n${electronLine}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || !existsSync(vitestReport) ? 1 : 0);
