import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';

/** Write to a temporary sibling, sync, then rename: a crash leaves the old file or the new one, never half of one. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  // Unique per call: two writes in the same millisecond must not share (and truncate) one temporary file.
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  const handle = await fs.open(temp, 'w', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, file);
}
