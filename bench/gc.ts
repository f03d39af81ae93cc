import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` runs plain `node`; exposing gc at run time spares every caller a flag.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

/** A full collection, so garbage left by one measured run is not paid for by the next. */
export function collectGarbage(): void {
  gc?.();
}
