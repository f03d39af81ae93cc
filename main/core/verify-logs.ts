// The auditor's check, for the Electron door's `--verify` (no window): see main/review/verify-cli.ts.
export { runVerify } from '../review/verify-cli';
