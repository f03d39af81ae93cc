// Runs @doyensec/electronegativity over main/ and renderer/ and fails when it
// reports anything above INFORMATIONAL. The tool itself always exits 0, so its
// CSV report is parsed here. It scans a copy so build output and node_modules
// stay out of its way.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The project whose tools run the scan, and the tree to scan (the project
// itself unless a folder is given, as the test does with a planted fixture).
const project = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const root = path.resolve(process.argv[2] ?? project);
const electronVersion = JSON.parse(readFileSync(path.join(project, 'node_modules/electron/package.json'), 'utf8')).version;
const work = mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
try {
  const input = path.join(work, 'input');
  mkdirSync(input);
  for (const dir of ['main', 'renderer'].filter((d) => existsSync(path.join(root, d)))) cpSync(path.join(root, dir), path.join(input, dir), { recursive: true });
  const report = path.join(work, 'report.csv');
  execFileSync(process.execPath, [path.join(project, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', input, '-e', electronVersion, '-r', '-o', report], {
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const lines = readFileSync(report, 'utf8').trim().split('\n').slice(1).filter(Boolean);
  const findings = lines.map((line) => {
    const [id, severity, confidence, file, location] = line.match(/("([^"]|"")*"|[^,]*)/g).filter((_, i) => i % 2 === 0);
    return { id, severity: severity.replaceAll('"', ''), confidence, file, location, line };
  });
  const serious = findings.filter((f) => f.severity !== 'INFORMATIONAL');
  for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.id} ${f.file}:${f.location}`);
  if (serious.length > 0) {
    console.error(`electronegativity: ${serious.length} finding(s) above INFORMATIONAL.`);
    process.exit(1);
  }
  console.log(`electronegativity: ${findings.length} finding(s), none above INFORMATIONAL.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
