import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createFolder, type Tracked } from '../../shared/log/folded-action';
import { integrityOf, type FindingKind, type LogFinding } from '../../shared/log/log-finding';
import type { FindingMessage } from '../../shared/messages/finding-message';
import { isActionEntry, LEGACY_FORMAT_VERSION, type AnyLine, type HeaderEntry, type SealEntry } from '../../shared/log/log-entry';
import type { ChainLack, ChainReview, FileReview, SeenKey } from '../../shared/log/review-result';
import { createChainChecker, type ChainLink, type Where } from './chain-checker';
import { placedBatches } from './copy-merge';
import { createFindingList } from './finding-list';
import { createKeyRing, type AuthResult, type KeyRing } from './key-ring';
import { linkHash, sealVerifies } from './line-format';
import { fileSource, firstLineOf, type LogSource } from './log-source';
import { MAX_LINE_BYTES, parseLineBytes } from './parse-line';
import type { RowBlock } from './row-blocks';

/**
 * Verifies one chain (one installation's log) on its own: the files that
 * carry it, in chain order, each possibly with copies. Checks sequence,
 * links (across files too), format-1 signatures line by line and format-2
 * seals, and folds the entries into rows. Nothing here depends on where the
 * lines come from (see log-source.ts).
 */
export interface ChainInput {
  id: string;
  /** In chain order; each set holds copies of one file, the one to read first. */
  parts: ReadonlyArray<readonly LogSource[]>;
  pinned: ReadonlySet<string> | null;
  /** Awaited every LINES_PER_SLICE lines, so the calling thread's event loop runs (the app's main process); none on worker threads. */
  pause?: () => Promise<void>;
}

export interface ChainResult {
  chain: ChainReview;
  files: FileReview[];
  /** The rows, with what joining two stretches of a chain needs (see chain-join.ts). */
  tracked: Tracked[];
  /** More rows, after `tracked`: rows a worker thread sent, kept packed (row-blocks.ts); none on the thread that folded them. */
  more?: RowBlock[];
  keys: SeenKey[];
  /** The first line the chain check saw and the last it stands on: where a stretch meets the next. */
  edges: { first: { seq: number; prev: string; legacy: boolean } | null; last: { seq: number; hash: string; rawHash: string } | null };
  /**
   * Set when the first file was read from a cut inside it (after a seal): the stretch before read the file's
   * beginning, so line numbers here count from the cut, and chain-join.ts puts the file back together.
   */
  continued?: true;
}

export const MAX_TECHNICIANS = 100;

/** What a chain's files cannot tell, for the review to say so. */
export function lacksOf(installId: string | null, machineName: string | null, legacy: boolean): ChainLack[] {
  const lacks: ChainLack[] = [];
  if (installId === null) lacks.push('no-header');
  if (machineName === null) lacks.push('no-machine-name');
  if (legacy) lacks.push('format-1');
  return lacks;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Lines between two pauses: a few milliseconds of work, so a window's clicks and IPC wait no longer than a frame. */
export const LINES_PER_SLICE = 256;
const AUTH_OK: AuthResult = Object.freeze({ kind: 'ok' });
// Bounds what one unsealed run remembers to flag; a run longer than a writer ever leaves it is a forgery anyway.
const MAX_RUN_ACTIONS = 10_000;
/** Lines since the last good seal of a format-2 run: not yet vouched for. */
interface OpenRun {
  from: Where | null;
  to: Where | null;
  actions: Set<string>;
  /** The action last added to `actions`. */
  lastAction?: string;
}

function sideFileHash(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/**
 * A piece of a file that starts after a seal inside it: the keys its seals are checked with are those of
 * the file's first line, a header, as when the file is read from its start. Nothing is reported here: the
 * piece before reads that header and says what is wrong with it; a seal made with a key declared by a later
 * header is unknown to this piece, and that finding makes the review read the chain again in one pass.
 */
async function declareFirstHeader(keys: KeyRing, path: string): Promise<void> {
  const head = await firstLineOf(fileSource(path));
  if (head === null || !head.terminated || head.tooLong) return;
  const parsed = parseLineBytes(head.bytes);
  if (parsed.ok && parsed.line.type === 'header' && parsed.line.v !== LEGACY_FORMAT_VERSION) keys.declare(parsed.line);
}

export async function verifyChain(input: ChainInput): Promise<ChainResult> {
  const folder = createFolder(input.id);
  const flags = new Map<string, Set<FindingKind>>();
  const flag = (actionId: string, kind: FindingKind) => {
    const kinds = flags.get(actionId) ?? new Set<FindingKind>();
    kinds.add(kind);
    flags.set(actionId, kinds);
  };
  const list = createFindingList(flag);
  const { findings } = list;
  const checker = createChainChecker(findings);
  const keys: KeyRing = createKeyRing(input.pinned);
  const seenKeys = new Map<string, SeenKey>();
  const technicians = new Set<string>();
  let lastUpn: string | null = null; // the technician last added: most lines name the one before
  const files: Array<Omit<FileReview, 'integrity' | 'findings' | 'findingCount'>> = [];
  let installId: string | null = null;
  let machineName: string | null = null;
  let legacy = false;
  let firstTime: string | null = null;
  let lastTime: string | null = null;
  let entries = 0;
  let run: OpenRun = { from: null, to: null, actions: new Set() };
  let firstLink: ChainResult['edges']['first'] = null;

  /** Lines no seal vouched for: their rows are flagged, the run gets one finding. */
  function closeRun(): void {
    if (run.from !== null) {
      const [from, to] = [String(run.from.line), String(run.to!.line)];
      findings.add('unsealed', run.from, from === to ? { code: 'unsealedLine', params: { line: from } } : { code: 'unsealedLines', params: { from, to } });
      for (const actionId of run.actions) flag(actionId, 'unsealed');
    }
    run = { from: null, to: null, actions: new Set() };
  }

  function report(auth: AuthResult, where: Where, actionId?: string): LogFinding | null {
    return auth.kind === 'ok' ? null : findings.add(auth.kind, where, auth.say, actionId);
  }

  async function checkSetAside(header: HeaderEntry, where: Where, source: LogSource): Promise<void> {
    const aside = header.setAside;
    if (!aside) return;
    findings.add('set-aside', where, { code: 'setAside', params: { bytes: String(aside.bytes), line: String(aside.line), file: aside.file } });
    if (source.folder === null) return;
    const path = join(source.folder, aside.file);
    if (!existsSync(path)) {
      findings.add('deleted', where, { code: 'sideFileMissing', params: { file: aside.file, folder: source.folder } });
    } else if ((await sideFileHash(path).catch(() => '')) !== aside.sha256) {
      findings.add('edited', where, { code: 'sideFileDiffers', params: { file: aside.file } });
    }
  }

  function checkSeal(seal: SealEntry, bytes: Buffer, where: Where): AuthResult {
    const key = keys.keyFor(seal.keyId);
    const covers = checker.last()?.rawHash === seal.prev;
    const span: FindingMessage =
      run.from === null ? { code: 'sealBadSignature', params: {} } : { code: 'sealBadSignatureLines', params: { from: String(run.from.line), to: String(run.to!.line) } };
    let result: AuthResult = AUTH_OK;
    if (key === undefined) result = { kind: 'unknown-key', say: { code: 'sealUnknownKey', params: { key: `${seal.keyId.slice(0, 16)}…` } } };
    else if (!sealVerifies(bytes, seal.sig, key)) result = { kind: 'bad-signature', say: span };
    else if (!covers) return result; // it vouches for other content; the chain check reports the break, the run stays open
    else result = keys.notPinned(seal.keyId, 'sealed') ?? result;
    if (result.kind !== 'ok') for (const actionId of run.actions) flag(actionId, result.kind);
    run = { from: null, to: null, actions: new Set() };
    return result;
  }

  function noteHeader(header: HeaderEntry | Extract<AnyLine, { type: 'header' }>, where: Where): void {
    installId ??= header.installId;
    if ('machineName' in header) machineName = header.machineName;
    if (!seenKeys.has(header.fingerprint)) {
      const { fingerprint, publicKey, keyStorage, appVersion } = header;
      seenKeys.set(fingerprint, { fingerprint, publicKey, keyStorage, installId: header.installId, appVersion, firstFile: where.file, firstLine: where.line });
    }
  }

  const { pause } = input;
  let sinceSlice = 0;
  const continued = (input.parts[0]?.[0]?.file?.start ?? 0) > 0;

  for (const [primary, ...copies] of input.parts) {
    if (!primary) continue;
    const count = { path: primary.name, chain: input.id, copyOf: null, entries: 0, headers: 0, lines: 0 };
    files.push(count, ...copies.map((copy) => ({ path: copy.name, chain: input.id, copyOf: primary.name, entries: 0, headers: 0, lines: 0 })));
    keys.startFile();
    const midFile = (primary.file?.start ?? 0) > 0;
    if (midFile) await declareFirstHeader(keys, primary.file!.path);
    let first = !midFile;
    let emptyAfterBom = false;
    for await (const batch of placedBatches(primary, copies, findings)) {
      for (const { raw, where } of batch) {
        if (pause !== undefined && ++sinceSlice === LINES_PER_SLICE) {
          sinceSlice = 0;
          await pause();
        }
        count.lines = raw.number;
        let bytes = raw.bytes;
        if (first && bytes.subarray(0, 3).equals(BOM)) {
          findings.add('bom', where, { code: 'bom', params: {} });
          bytes = bytes.subarray(3);
          emptyAfterBom = bytes.length === 0 && !raw.terminated;
          if (emptyAfterBom) continue;
        }
        first = false;
        if (!raw.terminated) {
          findings.add('truncated', where, { code: 'tornTail', params: {} });
          continue;
        }
        if (raw.tooLong) {
          findings.add('too-long', where, { code: 'tooLong', params: { bytes: String(raw.length), max: String(MAX_LINE_BYTES) } });
          continue;
        }
        const parsed = parseLineBytes(bytes, checker.lastRawHash());
        if (!parsed.ok) {
          findings.add(parsed.kind, where, parsed.say, parsed.actionId);
          continue;
        }
        const line = parsed.line;
        const actionId = isActionEntry(line) ? line.actionId : undefined;
        const rawHash = linkHash(bytes);
        let link: ChainLink;
        let authFinding: LogFinding | null = null;
        let auth: AuthResult = AUTH_OK;
        if (line.v === LEGACY_FORMAT_VERSION) {
          legacy = true;
          auth = keys.checkLegacy(line);
          authFinding = report(auth, where, actionId);
          link = { seq: line.seq, prev: line.prev, hash: line.hash, rawHash, legacy: true, actionId };
        } else {
          link = { seq: line.seq, prev: line.prev, hash: rawHash, rawHash, legacy: false, actionId };
          if (line.type === 'seal') {
            auth = checkSeal(line, bytes, where);
            authFinding = report(auth, where);
          } else {
            if (line.type === 'header') {
              closeRun(); // a new run began: whatever the last one left unsealed stays so
              auth = keys.declare(line);
              authFinding = report(auth, where);
              await checkSetAside(line, where, primary);
            }
            run.from ??= where;
            run.to = where;
            // The lines of one action follow each other: a set add (hashing the line's own copy of the id) only when it changes.
            if (actionId !== undefined && actionId !== run.lastAction && run.actions.size < MAX_RUN_ACTIONS) {
              run.actions.add(actionId);
              run.lastAction = actionId;
            }
          }
        }
        firstLink ??= { seq: link.seq, prev: link.prev, legacy: link.legacy };
        checker.check(link, where, auth.kind, authFinding);
        if (line.type === 'header') {
          count.headers++;
          noteHeader(line, where);
        } else if (isActionEntry(line)) {
          count.entries++;
          entries++;
          folder.add(line, where);
          const { upn } = line.technician;
          if (upn !== lastUpn && technicians.size < MAX_TECHNICIANS) {
            technicians.add(upn);
            lastUpn = upn;
          }
          if (firstTime === null || line.time < firstTime) firstTime = line.time;
          if (lastTime === null || line.time > lastTime) lastTime = line.time;
        }
      }
    }
    if (!midFile && (count.lines === 0 || (count.lines === 1 && first === false && emptyAfterBom))) findings.add('empty-file', { file: primary.name, line: 0 }, { code: 'emptyFile', params: {} });
    closeRun(); // a month file ends sealed when the writer closed it properly
  }

  const tracked = folder.tracked();
  if (flags.size > 0) for (const { row } of tracked) for (const kind of flags.get(row.actionId) ?? []) if (!row.findings.includes(kind)) row.findings.push(kind);
  const reviewed: FileReview[] = files.map((file) => {
    const { findings: kept, count } = list.of(file.path);
    return { ...file, integrity: integrityOf(kept), findings: kept, findingCount: count };
  });
  const all = reviewed.flatMap((file) => file.findings);
  const start = checker.start();
  const lacks = lacksOf(installId, machineName, legacy);
  return {
    chain: {
      id: input.id,
      installId,
      machineName,
      fingerprints: [...seenKeys.keys()],
      technicians: [...technicians].sort(),
      firstTime,
      lastTime,
      entries,
      firstSeq: start?.seq ?? null,
      lastSeq: checker.last()?.seq ?? null,
      fromGenesis: start?.fromGenesis ?? false,
      integrity: integrityOf(all),
      findingCount: reviewed.reduce((sum, file) => sum + file.findingCount, 0),
      lacks,
      files: reviewed.map((file) => file.path),
    },
    files: reviewed,
    tracked,
    keys: [...seenKeys.values()],
    edges: { first: firstLink, last: checker.last() },
    ...(continued ? { continued: true as const } : {}),
  };
}
