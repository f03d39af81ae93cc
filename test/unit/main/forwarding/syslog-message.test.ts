import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../../../main/forwarding/collector-target';
import { backoffDelay } from '../../../../main/forwarding/forwarder';
import { ForwardingFault } from '../../../../main/forwarding/forwarding-fault';
import { syslogFrame, syslogFramer, type FrameLine } from '../../../../main/forwarding/syslog-message';
import { sharedText } from '../../../../shared/i18n/catalogue';
import { word } from '../../../../shared/messages/coded-message';

function problemThrown(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return error instanceof ForwardingFault ? error.problem : error;
  }
  throw new Error('nothing was thrown');
}

describe('the syslog frame', () => {
  it('counts octets, not characters, and keeps the body byte for byte', () => {
    const line = Buffer.from('{"v":1,"note":"caffè ]\\"x"}', 'utf8');
    const frame = syslogFrame({ line, time: '2026-05-10T08:00:00.000Z', hostname: 'desk 07\n', procId: 42, installId: 'id"]\\', seq: 3, hash: 'ab', type: 'note' });
    const space = frame.indexOf(0x20);
    const length = Number(frame.subarray(0, space).toString('ascii'));
    expect(length).toBe(frame.length - space - 1);
    expect(frame.subarray(frame.length - line.length).equals(line)).toBe(true);
    expect(frame.subarray(space + 1, frame.length - line.length).toString('utf8')).toBe(
      '<110>1 2026-05-10T08:00:00.000Z desk07 PasscodeDesk 42 note [passcodeDesk@32473 installId="id\\"\\]\\\\" seq="3" hash="ab"] ',
    );
  });
});

/** The frame as RFC 5424/5425 spell it, built the plain way (one joined header, then the body): what the batch framer must equal byte for byte. */
function plainFrame(sender: { hostname: string; procId: number; installId: string }, line: FrameLine): Buffer {
  const token = (value: string, max: number) => value.replace(/[^\x21-\x7e]/g, '').slice(0, max) || '-';
  const param = (value: string) => value.replace(/["\\\]]/g, (c) => `\\${c}`);
  const sd = `[passcodeDesk@32473 installId="${param(sender.installId)}" seq="${line.seq}" hash="${param(line.hash)}"]`;
  const head = Buffer.from(`<110>1 ${token(line.time, 64)} ${token(sender.hostname, 255)} PasscodeDesk ${token(String(sender.procId), 128)} ${token(line.type, 32)} ${sd} `, 'utf8');
  return Buffer.concat([Buffer.from(`${head.length + line.bytes.length} `, 'ascii'), head, line.bytes]);
}

describe('a batch of frames', () => {
  const sender = { hostname: 'DESK-07', procId: 4242, installId: '3f1c9a52-7d1e-4c0a-9b7e-2a9d1f0c6e11' };
  const lines: FrameLine[] = [
    { bytes: Buffer.from('{"v":2,"seq":1,"time":"2026-05-10T08:00:00.000Z","type":"header"}'), time: '2026-05-10T08:00:00.000Z', seq: 1, hash: 'a'.repeat(64), type: 'header' },
    { bytes: Buffer.from('{"v":2,"seq":2,"note":"caffè, città ✓"}', 'utf8'), time: '2026-05-10T08:00:01.000Z', seq: 2, hash: 'b'.repeat(64), type: 'note' },
    // What a line that could not be read is sent with, and values the header must clean or escape.
    { bytes: Buffer.from('not json at all'), time: '', seq: 0, hash: 'c'.repeat(64), type: 'unreadable' },
    { bytes: Buffer.from('{}'), time: 'a time with spaces and ünïcode '.repeat(4), seq: 3, hash: 'q"]\\', type: 'a type longer than thirty-two characters, with spaces' },
    { bytes: Buffer.alloc(0), time: '2026-05-10T08:00:02.000Z', seq: 4, hash: 'd'.repeat(64), type: 'state' },
  ];

  it('is every line framed the plain way, back to back, in order', () => {
    const batch = syslogFramer(sender)(lines);
    expect(batch.equals(Buffer.concat(lines.map((line) => plainFrame(sender, line))))).toBe(true);
    // One line at a time gives the same bytes as the batch.
    expect(Buffer.concat(lines.map((line) => syslogFrame({ ...sender, line: line.bytes, time: line.time, seq: line.seq, hash: line.hash, type: line.type }))).equals(batch)).toBe(true);
  });

  it('cleans and escapes the sender\'s own values too', () => {
    const odd = { hostname: 'desk 07\nè', procId: 7, installId: 'id"]\\ è' };
    expect(syslogFramer(odd)(lines).equals(Buffer.concat(lines.map((line) => plainFrame(odd, line))))).toBe(true);
  });

  it('is empty for no lines', () => {
    expect(syslogFramer(sender)([]).length).toBe(0);
  });
});

describe('the collector target', () => {
  it('allows plain TCP only when asked for, and only to this machine', () => {
    expect(resolveTarget({ address: '127.0.0.1:514', transport: 'tcp' }).tls).toBeNull();
    expect(resolveTarget({ address: '[::1]:514', transport: 'tcp' }).tls).toBeNull();
    expect(() => resolveTarget({ address: 'siem.contoso.com:514', transport: 'tcp' })).toThrow(/only to this machine/);
    expect(resolveTarget({ address: 'siem.contoso.com:6514' }).tls).toMatchObject({ servername: 'siem.contoso.com', rejectUnauthorized: true });
    expect(() => resolveTarget({ address: 'siem.contoso.com' })).toThrow(/not host:port/);
    expect(() => resolveTarget({ address: 'siem.contoso.com:6514', caFile: '/nonexistent/ca.pem' })).toThrow(/collector CA file .* could not be read \(no such file or folder, code ENOENT\)/);
    // The status carries the code and its values, for the window to word in its language.
    expect(problemThrown(() => resolveTarget({ address: 'siem.contoso.com:6514', caFile: '/nonexistent/ca.pem' }))).toEqual({ code: 'caFileUnreadable', params: { file: '/nonexistent/ca.pem', cause: 'ENOENT' } });
    expect(problemThrown(() => resolveTarget({ address: 'siem.contoso.com:514', transport: 'tcp' }))).toEqual({ code: 'plainTcpNotLoopback', params: { host: 'siem.contoso.com' } });
  });

  it('refuses plain TCP to the name localhost, which a hosts file or DNS can point elsewhere, and says to write the address', () => {
    for (const address of ['localhost:514', 'LocalHost:514']) {
      expect(problemThrown(() => resolveTarget({ address, transport: 'tcp' }))).toEqual({ code: 'plainTcpLocalhost', params: {} });
      expect(() => resolveTarget({ address, transport: 'tcp' })).toThrow(/write 127\.0\.0\.1 or ::1 instead of localhost/);
    }
    expect(word(sharedText.it.forwardingProblems, { code: 'plainTcpLocalhost', params: {} })).toMatch(/scrivi 127\.0\.0\.1 o ::1 invece di localhost/);
    // With TLS the name is fine: the certificate proves who answers.
    expect(resolveTarget({ address: 'localhost:6514' }).tls).toMatchObject({ servername: 'localhost', rejectUnauthorized: true });
    expect(resolveTarget({ address: '127.0.0.2:514', transport: 'tcp' }).tls).toBeNull();
  });
});

describe('back-off', () => {
  it('doubles up to the ceiling, with jitter between half and all of it', () => {
    const limits = { backoffFirstMs: 1000, backoffMaxMs: 300_000 };
    expect([1, 2, 3].map((n) => backoffDelay(n, limits, () => 1))).toEqual([1000, 2000, 4000]);
    expect(backoffDelay(3, limits, () => 0)).toBe(2000);
    expect(backoffDelay(40, limits, () => 1)).toBe(300_000);
  });
});
