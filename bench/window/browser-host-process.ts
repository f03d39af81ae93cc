import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface HostProcess {
  launchUrl: string;
  stop(): Promise<void>;
}

/**
 * The built browser host (`dist/browser-host/cli.cjs`) on its own demo
 * tenant of `devices` devices at the instant pace, with a fresh user-data
 * folder. Resolves on its `PASSCODE_DESK_URL=` line. `env` adds to its
 * environment (the warm-start case passes an encryption key there).
 */
export function startBrowserHostProcess(root: string, userDataDir: string, devices: number, env: Record<string, string> = {}): Promise<HostProcess> {
  mkdirSync(userDataDir, { recursive: true });
  const cli = path.join(root, 'dist', 'browser-host', 'cli.cjs');
  const child = spawn(process.execPath, [cli, '--port', '0', '--user-data', userDataDir, '--demo-devices', String(devices), '--demo-pace', 'instant'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PASSCODE_DESK_LOCALE: 'en-US', ...env },
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^PASSCODE_DESK_URL=(\S+)/.exec(line);
      if (match) resolve({ launchUrl: match[1]!, stop });
    });
    child.once('exit', (code) => reject(new Error(`the browser host exited (${code}) before it printed its URL`)));
  });
}
