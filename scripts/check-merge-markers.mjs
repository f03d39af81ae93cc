// Fails on a merge left half-done: conflict markers in any tracked text file. A conflict in
// docs/benchmarks.md once landed on main unnoticed, because no test reads that file.
import { spawnSync } from 'node:child_process';

// `git grep` searches tracked files only (node_modules and build output are never tracked).
const markers = ['^<<<<<<< ', '^>>>>>>> ', '^=======$'];
const args = ['grep', '-n', '-I', '-E', markers.join('|'), '--', '.'];
const run = spawnSync('git', args, { encoding: 'utf8' });
if (run.status === 1) {
  console.log('No merge conflict markers in tracked files.');
  process.exit(0);
}
if (run.status === 0) {
  console.error('Merge conflict markers found (finish the merge):');
  console.error(run.stdout.trimEnd());
  process.exit(1);
}
// git missing or not a repository (a source tarball): say so rather than pass silently.
console.error(`Could not look for merge conflict markers: ${run.stderr || run.error?.message || `git exited ${run.status}`}`);
process.exit(1);
