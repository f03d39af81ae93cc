/**
 * One log line as an RFC 5424 syslog message in RFC 5425 (TLS) framing:
 * `MSG-LEN SP SYSLOG-MSG`, where the length counts octets. Octet counting,
 * not newline framing, so the body is the log line byte for byte.
 */

// Facility 13 ("log audit") with severity 6 ("informational"): where SIEMs file audit trails.
const PRIORITY = 13 * 8 + 6;
export const APP_NAME = 'PasscodeDesk';
// RFC 5424 needs a private enterprise number in custom structured-data ids; 32473 is the one RFC 5612 sets aside for documentation and examples.
export const SD_ID = 'passcodeDesk@32473';

/** What is the same in every frame a forwarder sends. */
export interface FrameSender {
  hostname: string;
  procId: number;
  installId: string;
}

/** What changes from line to line (a LineToSend as read from the log is one). */
export interface FrameLine {
  /** The log line as written, without its newline. */
  bytes: Buffer;
  time: string; // the entry's own ISO time, so the collector's copy sorts like the log
  seq: number;
  hash: string;
  type: string; // MSGID: header, requested, accepted...
}

export type SyslogFields = FrameSender & Omit<FrameLine, 'bytes'> & { line: Buffer };

/** PRINTUSASCII without spaces, at most `max` characters, or the nil value `-` (RFC 5424 section 6). */
export function headerToken(value: string, max: number): string {
  // Nearly every value (an ISO time, an entry type) is already clean: test before building a new string.
  if (value.length <= max && CLEAN_TOKEN.test(value)) return value;
  const clean = value.replace(/[^\x21-\x7e]/g, '').slice(0, max);
  return clean === '' ? '-' : clean;
}
const CLEAN_TOKEN = /^[\x21-\x7e]+$/;

/** Inside a PARAM-VALUE, `"`, `\` and `]` are escaped with a backslash. */
function paramValue(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(/["\\\]]/g, (c) => `\\${c}`) : value;
}
const NEEDS_ESCAPE = /["\\\]]/;

/**
 * Frames many lines into one buffer, as the collector reads them: each frame's header is one string
 * and the line's bytes are copied once, straight into their place. Until session 11 each frame was a
 * buffer of its own built from a joined array, then all of them were copied again into the batch; for
 * a backlog of thousands of lines that was a fifth of the forwarder's CPU (docs/benchmarks.md).
 */
export function syslogFramer(sender: FrameSender): (lines: readonly FrameLine[]) => Buffer {
  // `<PRI>1 TIME HOST APP PROCID MSGID [SD] `: everything but TIME, MSGID, seq and hash is fixed per sender.
  const afterTime = ` ${headerToken(sender.hostname, 255)} ${APP_NAME} ${headerToken(String(sender.procId), 128)} `;
  const sdStart = ` [${SD_ID} installId="${paramValue(sender.installId)}" seq="`;
  const types = new Map<string, string>(); // a handful of entry types: each cleaned once
  const typeToken = (type: string) => {
    let token = types.get(type);
    if (token === undefined) types.set(type, (token = headerToken(type, 32)));
    return token;
  };
  return (lines) => {
    const heads: string[] = new Array(lines.length);
    const headLengths = new Int32Array(lines.length);
    let total = 0;
    for (let i = 0; i < lines.length; i++) {
      const { bytes: line, time, seq, hash, type } = lines[i]!;
      const head = `<${PRIORITY}>1 ${headerToken(time, 64)}${afterTime}${typeToken(type)}${sdStart}${seq}" hash="${paramValue(hash)}"] `;
      const headBytes = Buffer.byteLength(head, 'utf8');
      // MSG-LEN counts the header and the body, not itself or the space after it.
      const framed = `${headBytes + line.length} ${head}`;
      heads[i] = framed;
      headLengths[i] = framed.length + (headBytes - head.length); // the length prefix is ASCII
      total += headLengths[i]! + line.length;
    }
    const payload = Buffer.allocUnsafe(total);
    let at = 0;
    for (let i = 0; i < lines.length; i++) {
      at += payload.write(heads[i]!, at, headLengths[i]!, 'utf8');
      const line = lines[i]!.bytes;
      payload.set(line, at);
      at += line.length;
    }
    return payload;
  };
}

/** One line's frame (the batch framer's output for a batch of one). */
export function syslogFrame(fields: SyslogFields): Buffer {
  return syslogFramer(fields)([{ bytes: fields.line, time: fields.time, seq: fields.seq, hash: fields.hash, type: fields.type }]);
}
