import { build } from 'esbuild';
import { join } from 'node:path';

/** Bundles log-child.ts into a plain .cjs that `node` runs, as the product's build would. */
export async function buildLogChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'log-child.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'log-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
