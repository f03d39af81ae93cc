// Runs @doyensec/electronegativity over what ships and fails when it reports
// anything above INFORMATIONAL. The tool always exits 0, so its CSV report is
// parsed here.
//
// What it scans, in a temporary folder: a fresh build of the main-process and
// preload bundles (the code that runs, guards included), copied as .js because
// electronegativity silently skips .cjs files (which is why a scan of dist/ used
// to report LIMIT_NAVIGATION and PERMISSION_REQUEST_HANDLER as missing: it had
// read no JavaScript at all), plus renderer/ (index.html carries the CSP).
// Given a folder instead (the unit test plants an insecure window in one), it
// scans that folder's main/ and renderer/ sources.
//
// Bundling strips the `/* eng-disable CHECK */` comments that answer a finding
// in the source, so each finding in a bundle is traced back through its source
// map: it counts as answered only when its source line, or the line above,
// carries `eng-disable` for that check. Answered findings are listed with the
// source line that answers them.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';

// The project whose tools run the scan, and the tree to scan (the project
// itself unless a folder is given, as the test does with a planted fixture).
const project = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const root = path.resolve(process.argv[2] ?? project);
const scanBundles = root === project;
const electronVersion = JSON.parse(readFileSync(path.join(project, 'node_modules/electron/package.json'), 'utf8')).version;
const bundles = ['main/index', 'preload/index'];

/** Builds main and preload into `buildDir` and copies them into `input` as .js, with their source maps. */
function stageBundles(buildDir, input) {
  execFileSync(process.execPath, [path.join(project, 'scripts/build.mjs'), '--only', 'main,preload', '--outdir', buildDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const maps = new Map();
  for (const bundle of bundles) {
    const built = path.join(buildDir, `${bundle}.cjs`);
    mkdirSync(path.dirname(path.join(input, bundle)), { recursive: true });
    cpSync(built, path.join(input, `${bundle}.js`));
    if (existsSync(`${built}.map`)) maps.set(`${bundle}.js`, { map: new SourceMap(JSON.parse(readFileSync(`${built}.map`, 'utf8'))), dir: path.dirname(built) });
  }
  return maps;
}

/** The source file and line (1-based) a bundle location comes from, or null. */
function originOf(maps, file, location) {
  const traced = maps.get(file.replaceAll('\\', '/'));
  const [line, column] = location.split(':').map(Number);
  if (!traced || !line) return null;
  const entry = traced.map.findEntry(line - 1, column);
  if (!entry?.originalSource) return null;
  const source = entry.originalSource.startsWith('file://') ? new URL(entry.originalSource).pathname : path.resolve(traced.dir, entry.originalSource);
  return { file: source, line: entry.originalLine + 1 };
}

/** The source line that answers `id` with an eng-disable comment (that line or the one above), or null. */
function answerFor(origin, id) {
  if (!origin || !existsSync(origin.file)) return null;
  const lines = readFileSync(origin.file, 'utf8').split('\n');
  for (const index of [origin.line - 1, origin.line - 2]) {
    const text = lines[index];
    if (text && new RegExp(`eng-disable[^\\n]*\\b${id}\\b`).test(text)) return `${path.relative(project, origin.file)}:${index + 1}`;
  }
  return null;
}

/** The report's rows: quoted fields may hold commas, doubled quotes and line breaks (code samples do). */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows.at(-1).push(field), (field = '');
    else if (c === '\n') rows.at(-1).push(field), (field = ''), rows.push([]);
    else if (c !== '\r') field += c;
  }
  rows.at(-1).push(field);
  return rows.filter((row) => row.some((f) => f !== ''));
}

const work = mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
try {
  const input = path.join(work, 'input');
  mkdirSync(input);
  const maps = scanBundles ? stageBundles(path.join(work, 'build'), input) : new Map();
  const sourceDirs = scanBundles ? ['renderer'] : ['main', 'renderer'];
  for (const dir of sourceDirs.filter((d) => existsSync(path.join(root, d)))) cpSync(path.join(root, dir), path.join(input, dir), { recursive: true });
  const report = path.join(work, 'report.csv');
  execFileSync(process.execPath, [path.join(project, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', input, '-e', electronVersion, '-r', '-o', report], {
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const findings = parseCsv(readFileSync(report, 'utf8'))
    .slice(1)
    .filter((row) => row.length >= 5)
    .map(([id, severity, confidence, file, location]) => ({ id: id.trim(), severity: severity.trim(), confidence, file: file.trim(), location: location.trim() }));
  for (const f of findings) f.answeredBy = answerFor(originOf(maps, f.file, f.location), f.id);
  const serious = findings.filter((f) => f.severity !== 'INFORMATIONAL' && !f.answeredBy);
  console.log(`electronegativity scanned ${scanBundles ? `the built ${bundles.map((b) => `${b}.cjs`).join(' and ')} bundles and renderer/` : `${sourceDirs.join('/ and ')}/ of ${root}`}.`);
  for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.id} ${f.file}:${f.location}${f.answeredBy ? ` (answered at ${f.answeredBy})` : ''}`);
  if (serious.length > 0) {
    console.error(`electronegativity: ${serious.length} finding(s) above INFORMATIONAL.`);
    process.exit(1);
  }
  const answered = findings.filter((f) => f.answeredBy).length;
  console.log(`electronegativity: ${findings.length} finding(s), ${answered} answered in the source, none other above INFORMATIONAL.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
