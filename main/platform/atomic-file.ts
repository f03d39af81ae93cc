import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';

/** Write to a temporary sibling, sync, then rename: a crash leaves the old file or the new one, never half of one. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  // Unique per call: two writes in the same millisecond must not share (and truncate) one temporary file.
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  // 'wx': created here or not at all, so nothing planted at that name (a symlink) is followed.
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
