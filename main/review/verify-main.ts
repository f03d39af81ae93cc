import { runVerify } from './verify-cli';

// `npm run verify-logs -- [--json] PATH...`: see verify-cli.ts.
void runVerify(process.argv.slice(2), { out: (text) => console.log(text), err: (text) => console.error(text) }).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
