import { DEMO_TECHNICIANS } from './demo-identity';
import { DEMO_ACTION_TIMING, startDemoTenant } from './start-demo-tenant';

/**
 * `node dist/demo-tenant/cli.cjs --devices 100000 --port 0 --seed 1 [--instant]`
 * Starts the demo tenant and prints one JSON line, `{ "url", "token" }`, the
 * token being a demo technician's with both scopes, then serves until
 * SIGINT or SIGTERM. For benchmarks, end-to-end runs and manual poking.
 */
const USAGE = 'usage: demo-tenant [--devices N] [--port N] [--seed N] [--instant]';

function parseArgs(argv: readonly string[]): { devices: number; port: number; seed: number; instant: boolean } {
  const args = { devices: 2500, port: 0, seed: 1, instant: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--instant') {
      args.instant = true;
      continue;
    }
    const value = Number(argv[++i]);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number\n${USAGE}`);
    if (flag === '--devices') args.devices = value;
    else if (flag === '--port') args.port = value;
    else if (flag === '--seed') args.seed = value;
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const tenant = await startDemoTenant({
    deviceCount: args.devices,
    port: args.port,
    seed: args.seed,
    actionTiming: args.instant ? { toActiveMs: 0, toDoneMs: 0 } : DEMO_ACTION_TIMING,
  });
  const technician = DEMO_TECHNICIANS[0];
  if (!technician) throw new Error('no demo technician is defined');
  const token = tenant.control.issueToken({ ...technician, ttlMs: 365 * 86_400_000 });
  process.stdout.write(`${JSON.stringify({ url: tenant.url, token })}\n`);

  const stop = (): void => {
    void tenant.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
