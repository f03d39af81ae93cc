import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../main/action-log/entry-crypto';
import { readUnsent, type Position } from '../../../main/forwarding/unsent-lines';
import type { EntryType } from '../../../shared/log/log-entry';
import { openLog, sampleEntry } from '../action-log/log-fixtures';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

describe('reading the log to send it', () => {
  it('gives every line the writer wrote once, in order, with the seq, time and type a full parse gives, across batches', async () => {
    const log = await openLog(tempDir(), { sealEvery: 7 }); // seals among the entries
    const types: EntryType[] = ['requested', 'accepted', 'state', 'refused', 'failed', 'note'];
    for (let i = 0; i < 60; i++) {
      const written = await log.append(sampleEntry(types[i % types.length], { ticket: `INC-${i} “quoted” \\ città` }));
      if (!written.ok) throw new Error(written.error.message);
    }
    await log.readOwnEntries(); // seals the tail
    try {
      const files = log.durableFiles();
      const expected = files.flatMap(({ path }) =>
        readFileSync(path, 'utf8').split('\n').filter((l) => l !== '').map((text) => {
          const value = JSON.parse(text) as { seq: number; time: string; type: string };
          return { text, seq: value.seq, time: value.time, type: value.type, hash: sha256Hex(Buffer.from(`${text}\n`, 'utf8')) };
        }),
      );
      expect(new Set(expected.map((l) => l.type))).toEqual(new Set(['header', 'seal', ...types]));

      // Batches of 9 lines, each read from where the last one stopped, as the forwarder does.
      const got: typeof expected = [];
      let position: Position = { file: basename(files[0]!.path), offset: 0 };
      for (;;) {
        const batch = await readUnsent(files, position, 9, 1024 * 1024);
        if (batch.lines.length === 0) break;
        expect(batch.lines.length).toBeLessThanOrEqual(9);
        got.push(...batch.lines.map((l) => ({ text: l.bytes.toString('utf8'), seq: l.seq, time: l.time, type: l.type, hash: l.hash })));
        expect(batch.next).toEqual({ file: batch.lines.at(-1)!.file, offset: batch.lines.at(-1)!.end });
        position = batch.next;
      }
      expect(got).toEqual(expected);
    } finally {
      await log.close();
    }
  });
});
