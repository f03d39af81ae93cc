import type { ComparisonReason } from '../../log/review-result';

/** Each difference between a central copy and the local log, for the admin (and verify-logs, which stays English). */
export const comparisonReasons: Record<ComparisonReason, (seq: string) => string> = {
  'after-central-end': (seq) =>
    `entry ${seq} is in the local log but not at the collector: written after the last entry it holds (forwarding may still be behind, or it stopped)`,
  'central-gap': (seq) => `entry ${seq} is in the local log but not at the collector, though later entries are: it was never delivered, or the collector lost it`,
  'after-local-end': (seq) => `entry ${seq} is only in the central copy; after the local log’s last line: the local log was cut short, or a later file was not opened`,
  'deleted-locally': (seq) => `entry ${seq} is only in the central copy; the local log has lost it: deleted`,
  edited: (seq) => `entry ${seq} reads differently locally and centrally: one of them was edited`,
};
