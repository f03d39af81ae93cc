import { writeSync } from 'node:fs';
import { createActionLog } from '../../../main/action-log/action-log';
import { sha256Hex } from '../../../main/action-log/entry-crypto';
import { createProcessSecretStore } from '../../support/process-secret-store';
import { sampleEntry } from './log-fixtures';

/**
 * A separate process using the action log, for the tests that need one: a
 * second app instance (lock), or a writer killed at random moments (crash
 * safety). Usage: node log-child.cjs <folder> append|hold|open. Reports on
 * stdout, one line per event, written synchronously so a SIGKILL cannot lose
 * a line that was already reported.
 */
const say = (text: string) => writeSync(1, `${text}\n`);

async function main(): Promise<void> {
  const [folder, mode] = process.argv.slice(2);
  const opened = await createActionLog({ folder: folder!, secretStore: createProcessSecretStore(Buffer.alloc(32, 7)), appVersion: 'log-child' });
  if (!opened.ok) {
    say(`error ${opened.error.code}`);
    process.exit(3);
  }
  const log = opened.value;
  say(`open ${JSON.stringify(log.findingsAtOpen)}`);
  if (mode === 'open') return log.close();
  if (mode === 'hold') return void setInterval(() => undefined, 1 << 30);
  for (let i = 0; ; i++) {
    const result = await log.append(sampleEntry(i % 3 === 0 ? 'requested' : 'state', { note: undefined }));
    if (!result.ok) {
      say(`error ${result.error.code} ${result.error.message}`);
      process.exit(4);
    }
    // Only after append resolved: this entry is confirmed on disk.
    say(`ok ${result.value.seq} ${sha256Hex(`${JSON.stringify(result.value)}\n`)}`);
  }
}

void main();
