import { fork } from 'node:child_process';
import type { ReviewChildResult } from './review-child';

/**
 * One measured review in a process of its own (this bundle with `--role review`), for an honest peak RSS.
 * With `cacheDir`, ours keeps and reuses the review cache there, as the app does in its data folder.
 */
export function reviewInChild(side: 'ours' | 'baseline', folder: string, profileDir: string | null, cacheDir: string | null = null): Promise<ReviewChildResult> {
  const execArgv = profileDir === null ? [] : ['--cpu-prof', '--cpu-prof-dir', profileDir];
  const child = fork(__filename, ['--role', 'review', '--side', side, '--folder', folder, ...(cacheDir === null ? [] : ['--cache', cacheDir])], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let answer: ReviewChildResult | null = null;
    child.once('message', (message) => (answer = message as ReviewChildResult));
    child.once('exit', (code) => (answer && code === 0 ? resolve(answer) : reject(new Error(`the ${side} review process exited with ${code}`))));
  });
}
