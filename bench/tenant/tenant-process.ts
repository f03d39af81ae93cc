import { fork, type ChildProcess } from 'node:child_process';
import type { Technician } from '../../main/actions/action-entries';
import type { FromTenant, ToTenant } from './tenant-messages';

export interface TenantProcess {
  url: string;
  token: string;
  technician: Technician;
  tenantId: string;
  /** The ids among `ids` whose reset the tenant will end in `done`. */
  doneDevices(ids: string[]): Promise<string[]>;
  close(): Promise<void>;
}

function next(child: ChildProcess, type: FromTenant['type']): Promise<FromTenant> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromTenant) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => reject(new Error(`the demo tenant process exited (${code}) before it answered`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Starts the demo tenant in a child process (this same bundle, `--role tenant`). */
export async function startTenantProcess(devices: number, seed = 1): Promise<TenantProcess> {
  const child = fork(__filename, ['--role', 'tenant', '--devices', String(devices), '--seed', String(seed)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await next(child, 'ready');
  if (ready.type !== 'ready') throw new Error('unexpected message from the demo tenant process');
  const send = (message: ToTenant) => child.send(message);
  return {
    url: ready.url,
    token: ready.token,
    technician: ready.technician,
    tenantId: ready.tenantId,
    async doneDevices(ids) {
      const answer = next(child, 'done-devices');
      send({ type: 'done-devices', ids });
      const message = await answer;
      return message.type === 'done-devices' ? message.ids : [];
    },
    close() {
      if (child.exitCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        send({ type: 'close' });
      });
    },
  };
}
