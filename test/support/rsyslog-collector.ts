import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * A real rsyslogd (Debian's rsyslog + rsyslog-gnutls) run by the test: its own
 * config, work folder and pid file, in the foreground, unprivileged, listening
 * with imtcp on a loopback port and writing what it receives to one file in
 * rsyslog's usual high-precision file format. Its queues are direct, so a line
 * it has read is in the file before it reads the next: the configuration the
 * README recommends when no disk queue is used.
 */
export interface CollectorTls {
  caFile: string;
  certFile: string;
  keyFile: string;
  /** `x509/certvalid`: the client must show a certificate signed by caFile. */
  requireClientCert?: boolean;
}

export interface RsyslogCollector {
  readonly port: number;
  readonly address: string;
  readonly file: string;
  running(): boolean;
  /** Stops it the hard way (SIGKILL) or the polite way; waits until the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port (with other certificates, if given) and waits until it accepts connections. */
  restart(tls?: CollectorTls): Promise<void>;
  /** SIGSTOP: the kernel still accepts connections, but nobody reads them. */
  freeze(): void;
  thaw(): void;
  /** The received lines, in file order. */
  lines(): string[];
  /** Resolves when `check` holds for the file's lines; re-checks whenever the file changes. */
  waitForLines(check: (lines: string[]) => boolean, what: string, timeoutMs?: number): Promise<string[]>;
  close(): Promise<void>;
}

function config(dir: string, port: number, file: string, tls: CollectorTls | null, template: string): string {
  const streamDriver = tls
    ? `streamDriver.name="gtls" streamDriver.mode="1" streamDriver.authMode="${tls.requireClientCert ? 'x509/certvalid' : 'anon'}"`
    : '';
  const tlsGlobals = tls
    ? `defaultNetstreamDriver="gtls" defaultNetstreamDriverCAFile="${tls.caFile}" defaultNetstreamDriverCertFile="${tls.certFile}" defaultNetstreamDriverKeyFile="${tls.keyFile}"`
    : '';
  return [
    `global(workDirectory="${path.join(dir, 'work')}" maxMessageSize="64k" ${tlsGlobals})`,
    'main_queue(queue.type="Direct")',
    `module(load="imtcp" ${streamDriver})`,
    'ruleset(name="central" queue.type="Direct") {',
    `  action(type="omfile" file="${file}" template="${template}" flushOnTXEnd="on" asyncWriting="off")`,
    '}',
    `input(type="imtcp" address="127.0.0.1" port="${port}" listenPortFileName="${path.join(dir, 'port')}" ruleset="central")`,
    '',
  ].join('\n');
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * Resolves when `ready()` holds, checking again whenever something in `dir` changes (rsyslog writes
 * its port file, pid file and the received lines there) and when the daemon exits (so a failed start
 * is told at once). Only events wake it, never a timer; `timeoutMs` only ends a wait that hangs.
 */
function waitUntil(dir: string, ready: () => boolean, what: string, timeoutMs: number, daemon: ChildProcess | null): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let finished = false;
    const check = () => {
      if (finished) return;
      try {
        if (ready()) done();
      } catch (error) {
        done(error as Error);
      }
    };
    const watcher = watch(dir, check);
    daemon?.on('exit', check);
    const limit = setTimeout(() => done(new Error(`rsyslog test collector: timed out waiting for ${what}`)), timeoutMs);
    function done(error?: Error) {
      finished = true;
      watcher.close();
      daemon?.off('exit', check);
      clearTimeout(limit);
      if (error) reject(error);
      else resolve();
    }
    check(); // after the watcher is in place, so a change made before it cannot be missed
  });
}

/** `template`: how rsyslog writes each line; RFC 5424 (what the README recommends) unless a test wants another of its formats. */
export async function startRsyslog(dir: string, firstTls: CollectorTls | null, options: { template?: string } = {}): Promise<RsyslogCollector> {
  const template = options.template ?? 'RSYSLOG_SyslogProtocol23Format';
  let tls = firstTls;
  mkdirSync(path.join(dir, 'work'), { recursive: true });
  const file = path.join(dir, 'central.log');
  const portFile = path.join(dir, 'port');
  const pidFile = path.join(dir, 'rsyslogd.pid');
  let port = 0;
  let child: ChildProcess | null = null;
  let output = '';

  async function launch(): Promise<void> {
    const confFile = path.join(dir, 'rsyslog.conf');
    writeFileSync(confFile, config(dir, port, file, tls, template));
    rmSync(pidFile, { force: true });
    const started = spawn('rsyslogd', ['-n', '-f', confFile, '-i', pidFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    started.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    started.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const alive = () => {
      if (started.exitCode !== null || started.signalCode !== null) throw new Error(`rsyslogd exited (${started.exitCode ?? started.signalCode}): ${output}`);
    };
    // rsyslogd writes its pid file once its inputs listen (strace of 8.2302: bind, the port file, listen,
    // then the pid file's rename), so the pid file is the event that says it accepts connections.
    const pidWritten = () => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() === String(started.pid);
    await waitUntil(dir, () => (alive(), pidWritten()), 'rsyslogd to listen (its pid file)', 60_000, started);
    // First start: rsyslog picked a free port and wrote it down.
    if (port === 0) port = Number(readFileSync(portFile, 'utf8').trim());
    // Checked once, not waited for: a listener that is not there now will not come (rsyslog does not retry a bind).
    if (!(await canConnect(port))) throw new Error(`rsyslogd started but does not accept connections on ${port}: ${output}`);
  }

  await launch();
  async function kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!child) return;
    const gone = waitForExit(child);
    child.kill(signal);
    await gone;
    child = null;
  }
  const lines = () => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l !== '') : []);
  return {
    get port() {
      return port;
    },
    get address() {
      return `127.0.0.1:${port}`;
    },
    file,
    running: () => child !== null && child.exitCode === null && child.signalCode === null,
    kill,
    async restart(newTls) {
      await kill();
      if (newTls) tls = newTls;
      await launch();
    },
    freeze: () => void child?.kill('SIGSTOP'),
    thaw: () => void child?.kill('SIGCONT'),
    lines,
    async waitForLines(check, what, timeoutMs = 60_000) {
      await waitUntil(dir, () => check(lines()), what, timeoutMs, null);
      return lines();
    },
    async close() {
      child?.kill('SIGCONT');
      await kill('SIGTERM');
    },
  };
}
