import type { KeyObject } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import { createFolder } from '../../shared/log/folded-action';
import { integrityOf, type FindingKind, type LogFinding } from '../../shared/log/log-finding';
import type { LogLine } from '../../shared/log/log-entry';
import type { FileReview, ReviewResult, SeenKey } from '../../shared/log/review-result';
import { createChainChecker, type Findings, type Where } from './chain-checker';
import { fingerprintOfKeyRef, verifyHash } from './entry-crypto';
import { createKeyRing, type AuthResult, type Verify } from './key-ring';
import { readLines } from './line-reader';
import { listMonthFiles, listTornFiles } from './log-files';
import { MAX_LINE_BYTES, parseLineBytes } from './parse-line';

/**
 * Reviews log files offline: streams every line, checks hashes, signatures and
 * the chain across files, and folds the entries it could read into one row
 * per action. A bad line is reported and skipped; reading goes on.
 */
export interface ReviewSource {
  path: string;
  end?: number; // read only this many bytes (the writer's own files, while it may be appending)
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function startsWithBom(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(3);
    return readSync(fd, head, 0, 3, 0) === 3 && head.equals(BOM);
  } finally {
    closeSync(fd);
  }
}

function collector() {
  const list: LogFinding[] = [];
  const findings: Findings = {
    add(kind: FindingKind, where: Where, message: string, actionId?: string) {
      const finding: LogFinding = actionId === undefined ? { kind, ...where, message } : { kind, ...where, message, actionId };
      list.push(finding);
      return finding;
    },
    drop(finding) {
      const index = list.indexOf(finding);
      if (index >= 0) list.splice(index, 1);
    },
  };
  return { list, findings };
}

/**
 * Entries are signature-checked lazily. Consecutive entries of one file whose
 * hashes recompute, whose `prev` links hold and that name the same key form a
 * run; the last line's hash commits to every line before it through the chain,
 * so one good signature on the last line authenticates the whole run. Only if
 * it fails is every line of the run verified, to find the bad ones. A run is
 * cut at RUN_LIMIT lines to bound memory.
 */
const RUN_LIMIT = 256;

interface PendingLine {
  line: LogLine;
  where: Where;
  key: KeyObject;
  count: { entries: number; headers: number; lines: number };
}

export async function reviewSources(
  sources: readonly ReviewSource[],
  tornFiles: string[],
  pinned: ReadonlySet<string> | null,
  verify: Verify = verifyHash,
): Promise<ReviewResult> {
  const { list, findings } = collector();
  const chain = createChainChecker(findings);
  const keys = createKeyRing(pinned, verify);
  const folder = createFolder();
  const seenKeys = new Map<string, SeenKey>();
  const counts = new Map<string, { entries: number; headers: number; lines: number }>();
  let run: PendingLine[] = [];

  function accept(line: LogLine, where: Where, auth: AuthResult, count: { entries: number; headers: number; lines: number }): void {
    const actionId = 'actionId' in line ? line.actionId : undefined;
    const authFinding = auth.kind === 'ok' ? null : findings.add(auth.kind, where, auth.message, actionId);
    chain.check(line, where, auth.kind, authFinding);
    if (line.type === 'header') {
      count.headers++;
      if (!seenKeys.has(line.fingerprint)) {
        const { fingerprint, publicKey, keyStorage, installId, appVersion } = line;
        seenKeys.set(fingerprint, { fingerprint, publicKey, keyStorage, installId, appVersion, firstFile: where.file, firstLine: where.line });
      }
    } else {
      count.entries++;
      if (line.type !== 'setting') folder.add(line, where); // a setting change is no action: it has no row
    }
  }

  /** Settles the pending run: one verify if its last signature is good, else one per line. */
  function flush(): void {
    if (run.length === 0) return;
    const pending = run;
    run = [];
    const last = pending[pending.length - 1]!;
    const allGood = verify(last.line.hash, last.line.sig, last.key);
    for (const item of pending) {
      const good = allGood || (item === last ? false : verify(item.line.hash, item.line.sig, item.key));
      accept(item.line, item.where, keys.settle(item.line, good), item.count);
    }
  }

  for (const { path, end } of sources) {
    const count = { entries: 0, headers: 0, lines: 0 };
    counts.set(path, count);
    keys.startFile();
    const size = Math.min(end ?? Infinity, statSync(path).size);
    const bom = size >= 3 && startsWithBom(path);
    if (bom) findings.add('bom', { file: path, line: 1 }, 'the file starts with a UTF-8 byte order mark (stripped): it was probably saved by an editor');
    if (size <= (bom ? 3 : 0)) findings.add('empty-file', { file: path, line: 0 }, 'the file is empty');
    for await (const raw of readLines(path, { start: bom ? 3 : 0, end: size, maxBytes: MAX_LINE_BYTES })) {
      const where = { file: path, line: raw.number };
      count.lines = raw.number;
      if (!raw.terminated) {
        flush();
        findings.add('truncated', where, 'the last line has no newline: a write was cut short (torn tail); it is not counted');
        continue;
      }
      if (raw.tooLong) {
        flush();
        findings.add('too-long', where, `line of ${raw.length} bytes; entries are under ${MAX_LINE_BYTES} (not read)`);
        continue;
      }
      const parsed = parseLineBytes(raw.bytes);
      if (!parsed.ok) {
        flush();
        findings.add(parsed.kind, where, parsed.message, parsed.actionId);
        continue;
      }
      const line = parsed.line;
      const auth = keys.prepare(line);
      if (auth.kind !== 'pending') {
        flush();
        accept(line, where, auth, count);
        continue;
      }
      const tip = run[run.length - 1];
      const continues = tip !== undefined && tip.key === auth.key && line.prev === tip.line.hash && run.length < RUN_LIMIT;
      if (!continues) flush();
      run.push({ line, where, key: auth.key, count });
    }
    flush();
  }

  for (const finding of list) if (finding.actionId !== undefined) folder.flag(finding.actionId, finding.kind);
  const files: FileReview[] = sources.map(({ path }) => {
    const own = list.filter((f) => f.file === path).sort((a, b) => a.line - b.line);
    return { path, integrity: integrityOf(own), ...counts.get(path)!, findings: own };
  });
  const start = chain.start();
  return {
    files,
    rows: folder.rows(),
    keys: [...seenKeys.values()],
    tornFiles,
    chainStart: start && { seq: start.seq, file: start.where.file, line: start.where.line, fromGenesis: start.fromGenesis },
    lastSeq: chain.last()?.seq ?? null,
  };
}

/**
 * Reviews files and folders (a folder contributes its `actions-YYYY-MM.jsonl`
 * files). Files are read in name order, which for month files is time order.
 * `trustedKeys` are fingerprints or base64 public keys the admin pinned.
 */
export async function reviewLogs(paths: readonly string[], options: { trustedKeys?: readonly string[] } = {}): Promise<Result<ReviewResult>> {
  let pinned: Set<string> | null = null;
  if (options.trustedKeys !== undefined) {
    pinned = new Set();
    for (const ref of options.trustedKeys) {
      const fingerprint = fingerprintOfKeyRef(ref);
      if (fingerprint === null) return err('invalid_request', `"${ref}" is neither a key fingerprint nor a base64 Ed25519 public key`);
      pinned.add(fingerprint);
    }
  }
  const files = new Set<string>();
  const tornFiles: string[] = [];
  try {
    for (const path of paths.map((p) => resolve(p))) {
      if (statSync(path).isDirectory()) {
        listMonthFiles(path).forEach((file) => files.add(file));
        tornFiles.push(...listTornFiles(path));
      } else files.add(path);
    }
    const ordered = [...files].sort((a, b) => (basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : 0));
    return ok(await reviewSources(ordered.map((path) => ({ path })), tornFiles, pinned));
  } catch (error) {
    return err('log_error', `The log files could not be read: ${(error as Error).message}`);
  }
}
