import { fork } from 'node:child_process';
import type { ReviewChildResult } from './review-child';

/** One measured review in a process of its own (this bundle with `--role review`), for an honest peak RSS. */
export function reviewInChild(side: 'ours' | 'baseline', folder: string, profileDir: string | null): Promise<ReviewChildResult> {
  const execArgv = profileDir === null ? [] : ['--cpu-prof', '--cpu-prof-dir', profileDir];
  const child = fork(__filename, ['--role', 'review', '--side', side, '--folder', folder], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let answer: ReviewChildResult | null = null;
    child.once('message', (message) => (answer = message as ReviewChildResult));
    child.once('exit', (code) => (answer && code === 0 ? resolve(answer) : reject(new Error(`the ${side} review process exited with ${code}`))));
  });
}
