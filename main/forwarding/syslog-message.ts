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

export interface SyslogFields {
  /** The log line as written, without its newline. */
  line: Buffer;
  time: string; // the entry's own ISO time, so the collector's copy sorts like the log
  hostname: string;
  procId: number;
  installId: string;
  seq: number;
  hash: string;
  type: string; // MSGID: header, requested, accepted...
}

/** PRINTUSASCII without spaces, at most `max` characters, or the nil value `-` (RFC 5424 section 6). */
export function headerToken(value: string, max: number): string {
  const clean = value.replace(/[^\x21-\x7e]/g, '').slice(0, max);
  return clean === '' ? '-' : clean;
}

/** Inside a PARAM-VALUE, `"`, `\` and `]` are escaped with a backslash. */
function paramValue(value: string): string {
  return value.replace(/["\\\]]/g, (c) => `\\${c}`);
}

export function syslogFrame(fields: SyslogFields): Buffer {
  const sd = `[${SD_ID} installId="${paramValue(fields.installId)}" seq="${fields.seq}" hash="${paramValue(fields.hash)}"]`;
  const head = [
    `<${PRIORITY}>1`,
    headerToken(fields.time, 64),
    headerToken(fields.hostname, 255),
    APP_NAME,
    headerToken(String(fields.procId), 128),
    headerToken(fields.type, 32),
    sd,
  ].join(' ');
  // One buffer per frame (a backlog is thousands of frames: each copy was garbage to collect).
  const headBytes = Buffer.byteLength(head, 'utf8') + 1;
  const length = `${headBytes + fields.line.length} `;
  const frame = Buffer.allocUnsafe(length.length + headBytes + fields.line.length);
  let at = frame.write(length, 0, 'ascii');
  at += frame.write(`${head} `, at, 'utf8');
  fields.line.copy(frame, at);
  return frame;
}
