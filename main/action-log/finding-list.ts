import type { FindingKind, LogFinding } from '../../shared/log/log-finding';
import type { FindingMessage } from '../../shared/messages/finding-message';
import type { Findings, Where } from './chain-checker';

/** A damaged file can have a finding per line; past this many per file only the count grows. */
export const MAX_FINDINGS_PER_FILE = 200;

/**
 * Findings of one review, kept per file up to a cap so memory stays bounded
 * whatever the input. `add` always returns the finding (the chain checker may
 * still change its kind or withdraw it); one over the cap is only counted.
 */
export function createFindingList(onActionFinding: (actionId: string, kind: FindingKind) => void) {
  const byFile = new Map<string, { kept: LogFinding[]; count: number }>();
  const entry = (file: string) => {
    let found = byFile.get(file);
    if (!found) byFile.set(file, (found = { kept: [], count: 0 }));
    return found;
  };
  const findings: Findings = {
    add(kind: FindingKind, where: Where, say: FindingMessage, actionId?: string): LogFinding {
      const finding: LogFinding = actionId === undefined ? { kind, ...where, say } : { kind, ...where, say, actionId };
      const file = entry(where.file);
      file.count++;
      if (file.kept.length < MAX_FINDINGS_PER_FILE) file.kept.push(finding);
      if (actionId !== undefined) onActionFinding(actionId, kind);
      return finding;
    },
    drop(finding: LogFinding): void {
      const file = entry(finding.file);
      const index = file.kept.indexOf(finding);
      if (index >= 0) file.kept.splice(index, 1);
      file.count--;
    },
  };
  return {
    findings,
    /** The kept findings of a file, by line; and how many there were in all. */
    of(file: string): { findings: LogFinding[]; count: number } {
      const found = byFile.get(file);
      return found ? { findings: [...found.kept].sort((a, b) => a.line - b.line), count: found.count } : { findings: [], count: 0 };
    },
  };
}
