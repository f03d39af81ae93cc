import type { ChainLack } from '../../log/review-result';

/** What a chain's files cannot tell, for the admin (and verify-logs, which stays English). */
export const chainLacks: Record<ChainLack, string> = {
  'no-header': 'its first line is not a header, so it names no installation',
  'no-machine-name': 'machine name: not recorded (files of format 1, written before machine names were logged)',
  'format-1': 'format 1: every line is signed, and every signature was checked',
};
