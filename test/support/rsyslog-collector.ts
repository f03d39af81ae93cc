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

/** Resolves when `ready()` is true, re-checking when something in `dir` changes (and every 50 ms, for changes fs.watch misses). */
async function waitUntil(dir: string, ready: () => boolean | Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  if (await ready()) return;
  await new Promise<void>((resolve, reject) => {
    let checking = false;
    const check = async () => {
      if (checking) return;
      checking = true;
      try {
        if (await ready()) done();
      } finally {
        checking = false;
      }
    };
    const watcher = watch(dir, () => void check());
    const poll = setInterval(() => void check(), 50);
    const limit = setTimeout(() => done(new Error(`rsyslog test collector: timed out waiting for ${what}`)), timeoutMs);
    function done(error?: Error) {
      watcher.close();
      clearInterval(poll);
      clearTimeout(limit);
      if (error) reject(error);
      else resolve();
    }
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
      if (started.exitCode !== null) throw new Error(`rsyslogd exited (${started.exitCode}): ${output}`);
    };
    if (port === 0) {
      // First start: rsyslog picks a free port and writes it down.
      await waitUntil(dir, () => (alive(), existsSync(portFile) && readFileSync(portFile, 'utf8').trim() !== ''), 'the port file', 20_000);
      port = Number(readFileSync(portFile, 'utf8').trim());
    }
    {
      // The port is written when bound, which can be a moment before it listens.
      await waitUntil(dir, async () => (alive(), canConnect(port)), `rsyslog listening on ${port}`, 20_000);
    }
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
      await waitUntil(dir, () => check(lines()), what, timeoutMs);
      return lines();
    },
    async close() {
      child?.kill('SIGCONT');
      await kill('SIGTERM');
    },
  };
}
