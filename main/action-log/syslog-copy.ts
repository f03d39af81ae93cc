import { CentralIndex } from './central-index';
import { readLines } from './line-reader';
import { MAX_LINE_BYTES } from './parse-line';
import type { LogFinding } from '../../shared/log/log-finding';

/**
 * Takes Passcode Desk's entries out of files a syslog collector wrote
 * (rsyslog's RFC 5424 format, or its traditional one-line formats), with
 * lines from other programs and from many machines interleaved. Each message
 * body is a log line exactly as the desk wrote it; the structured data
 * `[passcodeDesk@32473 installId seq hash]` says whose chain it belongs to.
 * Formats without structured data fall back to the sending host's name.
 */
export const SYSLOG_APP_NAME = 'PasscodeDesk';
const SD_ID = 'passcodeDesk@32473';

/** One machine's entries as the collector holds them: in chain order, each distinct line once, read from disk on demand. */
export interface CentralChain {
  /** The installation id from the structured data, or `host:<name>` when the format dropped it. */
  key: string;
  installId: string | null;
  host: string;
  files: string[];
  /** Where the entries are (central-index.ts): their bytes stay in the files until read. */
  index: CentralIndex;
  /** Lines received more than once (forwarding resends after a reconnect): counted, kept once. */
  duplicates: number;
}

export interface CentralExtract {
  chains: CentralChain[];
  /** Lines from other programs, which collectors interleave with ours. */
  otherLines: number;
  /** Lines that name Passcode Desk but could not be taken apart. */
  problems: LogFinding[];
}

export interface SyslogMessage {
  host: string;
  app: string;
  params: Record<string, string>;
  body: Buffer;
}

const RFC5424_HEAD = /^<\d{1,3}>1 (\S+) (\S+) (\S+) (\S+) (\S+) /;
// rsyslog's RSYSLOG_TraditionalFileFormat ("Nov 30 01:02:03 host tag msg") and RSYSLOG_FileFormat (RFC 3339 time).
// The tag is app[procid], with a colon only for BSD-style senders; these formats drop the structured data.
const CLASSIC_HEAD = /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\S+) (\S+) ([^\s:[]+)(?:\[[^\]]*\])?:? ?/;

/** Structured data from `text[at]` on: the params of our SD element, and where the message starts. */
function readStructuredData(text: string, at: number): { params: Record<string, string>; end: number } | null {
  const params: Record<string, string> = {};
  if (text[at] === '-') return { params, end: at + 1 };
  let i = at;
  while (text[i] === '[') {
    const idEnd = text.slice(i).search(/[ \]]/);
    if (idEnd < 0) return null;
    const id = text.slice(i + 1, i + idEnd);
    i += idEnd;
    while (text[i] === ' ') {
      const eq = text.indexOf('="', i);
      if (eq < 0) return null;
      const name = text.slice(i + 1, eq);
      let value = '';
      let j = eq + 2;
      for (; j < text.length && text[j] !== '"'; j++) value += text[j] === '\\' && j + 1 < text.length ? text[++j] : text[j];
      if (j >= text.length) return null;
      if (id === SD_ID) params[name] = value;
      i = j + 1;
    }
    if (text[i] !== ']') return null;
    i++;
  }
  return { params, end: i };
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** One collector line, or null when it is not a syslog line we can read. */
export function parseSyslogLine(bytes: Buffer): SyslogMessage | null {
  // Headers are ASCII; only the body may hold other UTF-8, and it is cut out as bytes, not re-encoded.
  const text = bytes.toString('latin1');
  const modern = RFC5424_HEAD.exec(text);
  if (modern) {
    const sd = readStructuredData(text, modern[0].length);
    if (!sd) return null;
    let body = bytes.subarray(text[sd.end] === ' ' ? sd.end + 1 : sd.end);
    if (body.subarray(0, 3).equals(BOM)) body = body.subarray(3);
    return { host: modern[2]!, app: modern[3]!, params: sd.params, body };
  }
  const classic = CLASSIC_HEAD.exec(text);
  if (classic) return { host: classic[1]!, app: classic[2]!, params: {}, body: bytes.subarray(classic[0].length) };
  return null;
}

function seqOf(message: SyslogMessage): number | null {
  const fromSd = Number(message.params.seq);
  if (Number.isSafeInteger(fromSd) && fromSd > 0) return fromSd;
  const match = /"seq":(\d{1,15})[,}]/.exec(message.body.toString('utf8'));
  return match ? Number(match[1]) : null;
}

const CR = 0x0d;

/**
 * Reads the collector's files (any number, in any order) line by line and
 * sorts the entries into chains. Memory holds one read of a file and an index
 * of where each entry is (central-index.ts), never a whole file: collector
 * files grow to gigabytes. A line ending in CR LF (a copy that passed through
 * Windows) is read without its CR; a last line without a newline is kept and
 * marked, so the chain check reports it as a torn tail.
 */
export async function extractCentralCopy(files: readonly string[]): Promise<CentralExtract> {
  const chains = new Map<string, Omit<CentralChain, 'duplicates'>>();
  const problems: LogFinding[] = [];
  let otherLines = 0;
  for (const [fileId, file] of files.entries()) {
    let lineStart = 0;
    for await (const raw of readLines(file, { maxBytes: MAX_LINE_BYTES + 4096 })) {
      const start = lineStart;
      lineStart += raw.length + (raw.terminated ? 1 : 0);
      if (raw.tooLong) {
        otherLines++; // far longer than any line the desk sends, so another program's
        continue;
      }
      const bytes = raw.bytes.at(-1) === CR ? raw.bytes.subarray(0, -1) : raw.bytes;
      if (bytes.length === 0) continue;
      const message = parseSyslogLine(bytes);
      if (!message || message.app !== SYSLOG_APP_NAME) {
        if (!bytes.includes(SYSLOG_APP_NAME)) otherLines++;
        else if (!raw.terminated) problems.push({ kind: 'truncated', file, line: raw.number, say: { code: 'collectorTornLine', params: {} } });
        else problems.push({ kind: 'not-json', file, line: raw.number, say: { code: 'collectorUnreadable', params: {} } });
        continue;
      }
      const seq = seqOf(message);
      if (seq === null) {
        problems.push({ kind: 'invalid-entry', file, line: raw.number, say: { code: 'collectorNoSeq', params: {} } });
        continue;
      }
      const installId = message.params.installId ?? null;
      const key = installId ?? `host:${message.host}`;
      let chain = chains.get(key);
      if (!chain) {
        chain = { key, installId, host: message.host, files: [], index: new CentralIndex(files) };
        chains.set(key, chain);
      }
      if (!chain.files.includes(file)) chain.files.push(file);
      chain.index.add(seq, fileId, raw.number, start + (message.body.byteOffset - bytes.byteOffset), message.body.length, raw.terminated);
    }
  }
  const sealed: CentralChain[] = [];
  for (const chain of chains.values()) {
    await chain.index.seal();
    sealed.push({ ...chain, duplicates: chain.index.duplicates });
  }
  return { chains: sealed, otherLines, problems };
}
