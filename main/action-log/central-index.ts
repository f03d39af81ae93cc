import { open, type FileHandle } from 'node:fs/promises';

/**
 * Where one machine's entries sit in a syslog collector's files, without
 * their bytes: a collector file can hold gigabytes, so the first pass over it
 * keeps five numbers an entry (about 33 bytes, in typed arrays) and the
 * entries are read again from disk, in sequence order, when they are checked.
 */
export interface CentralEntry {
  seq: number;
  /** The message body: the log line exactly as the desk wrote it. */
  bytes: Buffer;
  file: string;
  /** 1-based line in the collector file. */
  line: number;
  /** False for a file's last line when it has no newline (the collector was cut off, or is still writing). */
  terminated: boolean;
}

/** Bytes read from a file at a time when entries are read back; neighbours in sequence order are usually neighbours on disk. */
const WINDOW_BYTES = 1024 * 1024;

export class CentralIndex {
  private seqs = new Float64Array(1024);
  private fileIds = new Uint32Array(1024);
  private lines = new Float64Array(1024);
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);
  private terminated = new Uint8Array(1024);
  private size = 0;
  /** Positions in sequence order with exact duplicates left out; set by `seal`. */
  private order: Uint32Array | null = null;
  duplicates = 0;

  /** `files`: every file of the extract, which `fileId` indexes (shared by the machines' indexes). */
  constructor(private readonly files: readonly string[]) {}

  /** One entry whose body is `length` bytes at `offset` of `files[fileId]`. */
  add(seq: number, fileId: number, line: number, offset: number, length: number, terminated: boolean): void {
    if (this.size === this.seqs.length) this.grow();
    const i = this.size++;
    this.seqs[i] = seq;
    this.fileIds[i] = fileId;
    this.lines[i] = line;
    this.offsets[i] = offset;
    this.lengths[i] = length;
    this.terminated[i] = terminated ? 1 : 0;
    this.order = null;
  }

  /** Distinct entries, once sealed. */
  get count(): number {
    return this.order?.length ?? this.size;
  }

  /** The highest sequence number, 0 with none. */
  get lastSeq(): number {
    let last = 0;
    for (let i = 0; i < this.size; i++) if (this.seqs[i]! > last) last = this.seqs[i]!;
    return last;
  }

  /**
   * Puts the entries in sequence order (a file's order within one number) and
   * leaves out exact duplicates: the same number with the same bytes, which
   * forwarding sends again after a reconnect. Only entries sharing a number
   * are read back to compare them.
   */
  async seal(): Promise<void> {
    const order = new Uint32Array(this.size);
    for (let i = 0; i < order.length; i++) order[i] = i;
    const before = (a: number, b: number) => this.seqs[a]! - this.seqs[b]! || this.fileIds[a]! - this.fileIds[b]! || this.offsets[a]! - this.offsets[b]!;
    let sorted = true;
    for (let i = 1; i < order.length && sorted; i++) sorted = before(i - 1, i) <= 0;
    if (!sorted) order.sort(before);
    const kept: number[] = [];
    const reader = new WindowReader(this.files);
    try {
      let keptCount = 0;
      for (let at = 0; at < order.length; ) {
        let end = at + 1;
        while (end < order.length && this.seqs[order[end]!] === this.seqs[order[at]!]) end++;
        if (end - at === 1) order[keptCount++] = order[at]!;
        else {
          // Rare: a number seen more than once. Keep each distinct body once.
          const bodies: Buffer[] = [];
          for (let k = at; k < end; k++) {
            const bytes = await reader.read(this.fileIds[order[k]!]!, this.offsets[order[k]!]!, this.lengths[order[k]!]!);
            if (bodies.some((seen) => seen.equals(bytes))) this.duplicates++;
            else {
              bodies.push(bytes);
              kept.push(order[k]!);
            }
          }
          for (const position of kept.splice(0)) order[keptCount++] = position;
        }
        at = end;
      }
      this.order = order.slice(0, keptCount);
    } finally {
      await reader.close();
    }
  }

  /** The distinct entries in sequence order, read afresh from the files on each call. */
  async *entries(): AsyncGenerator<CentralEntry> {
    if (!this.order) throw new Error('the central index is read before it is sealed');
    const reader = new WindowReader(this.files);
    try {
      for (const i of this.order) {
        const fileId = this.fileIds[i]!;
        const bytes = await reader.read(fileId, this.offsets[i]!, this.lengths[i]!);
        yield { seq: this.seqs[i]!, bytes, file: this.files[fileId]!, line: this.lines[i]!, terminated: this.terminated[i] === 1 };
      }
    } finally {
      await reader.close();
    }
  }

  private grow(): void {
    const wider = <T extends Float64Array | Uint32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(old.length * 2);
      next.set(old);
      return next;
    };
    this.seqs = wider(this.seqs, (n) => new Float64Array(n));
    this.fileIds = wider(this.fileIds, (n) => new Uint32Array(n));
    this.lines = wider(this.lines, (n) => new Float64Array(n));
    this.offsets = wider(this.offsets, (n) => new Float64Array(n));
    this.lengths = wider(this.lengths, (n) => new Uint32Array(n));
    this.terminated = wider(this.terminated, (n) => new Uint8Array(n));
  }
}

/**
 * Reads byte ranges of several files through one window a file. Each window is
 * a new buffer, so the views handed out stay valid after the window moves on.
 */
class WindowReader {
  private readonly handles = new Map<number, { handle: FileHandle; start: number; bytes: Buffer }>();

  constructor(private readonly files: readonly string[]) {}

  async read(fileId: number, offset: number, length: number): Promise<Buffer> {
    let win = this.handles.get(fileId);
    if (!win) {
      win = { handle: await open(this.files[fileId]!, 'r'), start: 0, bytes: Buffer.alloc(0) };
      this.handles.set(fileId, win);
    }
    const from = offset - win.start;
    if (from < 0 || from + length > win.bytes.length) {
      const size = Math.max(WINDOW_BYTES, length);
      const bytes = Buffer.allocUnsafe(size);
      const { bytesRead } = await win.handle.read(bytes, 0, size, offset);
      if (bytesRead < length) throw new Error(`${this.files[fileId]} changed while it was read (it is shorter than when it was indexed): review it again`);
      win.start = offset;
      win.bytes = bytes.subarray(0, bytesRead);
      return win.bytes.subarray(0, length);
    }
    return win.bytes.subarray(from, from + length);
  }

  async close(): Promise<void> {
    for (const { handle } of this.handles.values()) await handle.close();
    this.handles.clear();
  }
}
