// Unit tests mirror the source tree, so a reader finds a file's tests without searching and a
// folder with no tests shows up. The test for `main/x/y.ts` is `test/unit/main/x/y.test.ts`; a
// second file about one aspect of the same source is `y.<aspect>.test.ts`; a test of a whole
// folder is named after the folder. This check fails on:
// - a unit test whose path names no source file or folder (a stray, or one left behind by a move);
// - a folder of main/, shared/ or renderer/ holding logic with no unit test in its mirror folder,
//   unless `untestedFolders` below names it with the reason.
// Tests that cross processes, files or HTTP live in test/integration/<domain>/ and are not checked.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Source folders with logic and no unit test of their own, each with why. Keep it short: wiring
 * and doors that only a running process exercises, and the demo tenant, which test/integration/
 * drives over HTTP the way the app does.
 */
export const untestedFolders = {
  main: 'the Electron entry point: only wires doors to the core; the Electron e2e specs start it',
  'main/core': 'the wiring (create-core, tenant context and switch), which nothing imports; test/integration/core/ drives it whole',
  'main/preload': 'hands the contract to contextBridge and nothing else; the Electron e2e specs use it through the window',
  'main/browser-host/bridge': "runs in the page as the browser door's window.passcodeDesk; test/integration/browser-host/ and every browser e2e spec use it",
  'main/demo-tenant': 'the demo tenant server (a test double of Graph); test/integration/demo-tenant/ drives it over HTTP',
  'main/demo-tenant/routes': "the demo tenant's HTTP routes; test/integration/demo-tenant/ and test/integration/auth/ call each over HTTP",
  'main/demo-tenant/reports': "the demo tenant's report export jobs; test/integration/preflight/ downloads and reads them over HTTP",
  'main/demo-tenant/traffic': "the demo tenant's throttling and faults; test/integration/demo-tenant/{faults,auth-throttle}.test.ts drive them over HTTP",
  renderer: 'mounts App into the page; every e2e spec starts here',
  'renderer/api': 'the one reader of window.passcodeDesk; component tests hand in test/unit/renderer/support/fake-api.ts in its place',
  'renderer/i18n/en': 'English text catalogue (text and small text templates); test/unit/renderer/i18n/catalogues.test.ts checks it',
  'renderer/i18n/it': 'Italian text catalogue; test/unit/renderer/i18n/catalogues.test.ts checks it has every English key',
  'shared/i18n/en': "English words for main's coded messages and menu; test/unit/shared/i18n/catalogue.test.ts words every code with them",
  'shared/i18n/it': "Italian words for main's coded messages and menu; test/unit/shared/i18n/catalogue.test.ts words every code with them",
};

const sourceRooms = ['main', 'shared', 'renderer'];
// The build scripts and the bench may have unit tests of their own (mirrored the same way); a folder of theirs without one is not flagged.
const unitRooms = [...sourceRooms, 'scripts', 'bench'];
const sourceExtensions = ['.ts', '.tsx', '.mts', '.mjs', '.cjs', '.js'];
const testPattern = /\.test\.(ts|tsx|mts|mjs)$/;
const skipped = new Set(['node_modules', 'dist']);

/** Files under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir).sort()) {
    if (skipped.has(entry)) continue;
    const full = path.join(dir, entry);
    const rel = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(full).isDirectory()) out.push(...listFiles(full, rel));
    else out.push(rel);
  }
  return out;
}

const folderOf = (file) => path.posix.dirname(file);

/**
 * Whether a source file holds logic: a function, a method or a class anywhere (a zod `refine`
 * callback counts), or a top-level statement that runs (a call, an `if`, a loop). Types, imports,
 * re-exports and constant data (text, tables, zod shapes with no callback) are declarations: a
 * unit test of them could only repeat them.
 */
export function hasLogic(fileName, text) {
  if (!/\.(ts|tsx|mts)$/.test(fileName) || fileName.endsWith('.d.ts')) return false;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const ambient = (node) => Boolean(ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Ambient);
  const declaration = (node) =>
    ambient(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isTypeAliasDeclaration(node) ||
    ts.isImportDeclaration(node) ||
    ts.isExportDeclaration(node) ||
    ts.isEnumDeclaration(node) ||
    ts.isModuleDeclaration(node) ||
    ts.isVariableStatement(node) ||
    ts.isEmptyStatement(node);
  if (!source.statements.every(declaration)) return true;
  const runs = (node) =>
    (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) ||
    ((ts.isClassDeclaration(node) || ts.isClassExpression(node)) && !ambient(node)) ||
    Boolean(ts.forEachChild(node, runs));
  return Boolean(ts.forEachChild(source, runs));
}

/** The source path a unit test names: `dir/name.aspect.test.ts` -> `dir/name`. */
export function sourceNamedBy(testPath) {
  const name = path.posix.basename(testPath).replace(testPattern, '').split('.')[0];
  return `${folderOf(testPath)}/${name}`;
}

/** Every problem found in the tree at `root`, as { file, message }. */
export function checkTestMirror(root, allowed = untestedFolders) {
  const problems = [];
  const unitRoot = path.join(root, 'test/unit');
  const unitFiles = listFiles(unitRoot);
  const isSourceFolder = (folder) => existsSync(path.join(root, folder)) && statSync(path.join(root, folder)).isDirectory();
  const isSource = (base) => sourceExtensions.some((ext) => existsSync(path.join(root, base + ext))) || isSourceFolder(base);

  for (const file of unitFiles) {
    const shown = `test/unit/${file}`;
    const room = file.split('/')[0];
    if (!testPattern.test(file)) {
      // Helpers sit beside the tests they serve, or in a support/ folder.
      const folder = folderOf(file);
      if (!folder.split('/').includes('support') && !(unitRooms.includes(room) && isSourceFolder(folder))) {
        problems.push({ file: shown, message: `a helper in a folder that mirrors no source folder (${folder}/); move it beside its tests or into a support/ folder` });
      }
      continue;
    }
    const base = sourceNamedBy(file);
    if (!unitRooms.includes(room) || !isSource(base)) {
      problems.push({ file: shown, message: `names no source file or folder (looked for ${base}.ts/.tsx/.mjs or ${base}/); a unit test of main/x/y.ts is test/unit/main/x/y.test.ts` });
    }
  }

  const testedFolders = new Set(unitFiles.filter((f) => testPattern.test(f)).map(folderOf));
  const logicFolders = new Set();
  for (const room of sourceRooms) {
    for (const file of listFiles(path.join(root, room), room)) {
      if (hasLogic(file, readFileSync(path.join(root, file), 'utf8'))) logicFolders.add(folderOf(file));
    }
  }
  for (const folder of [...logicFolders].sort()) {
    if (testedFolders.has(folder) || folder in allowed) continue;
    problems.push({ file: `${folder}/`, message: `holds logic but test/unit/${folder}/ has no test; write one, or name the folder in untestedFolders with the reason` });
  }
  for (const folder of Object.keys(allowed)) {
    if (!logicFolders.has(folder)) problems.push({ file: `${folder}/`, message: 'is in untestedFolders but holds no logic (or is gone); take it off the list' });
    else if (testedFolders.has(folder)) problems.push({ file: `${folder}/`, message: 'is in untestedFolders but has unit tests now; take it off the list' });
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkTestMirror(path.resolve(process.argv[2] ?? '.'));
  for (const p of problems) console.error(`${p.file}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`Test mirror check failed: ${problems.length} problem(s).`);
    process.exit(1);
  }
  console.log('Test mirror check passed (test/unit mirrors main/, shared/, renderer/, scripts/).');
}
