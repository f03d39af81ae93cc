import { sharedEn } from '../../shared/i18n/en';
import { findingText, skipText } from '../../shared/i18n/finding-text';
import type { ReviewResult } from '../../shared/log/review-result';
import { reviewLogs } from '../action-log/review-logs';

/**
 * The auditor's command line: `verify-logs [--json] PATH...` (files or
 * folders, from any number of machines). One line per chain, its findings
 * under it. Exit 0 when every chain verifies with no finding, 1 when there is
 * any finding (or something named like a log had to be skipped), 2 on a usage
 * or read error. The packaged app answers `--verify PATH...` with this too.
 */
export const VERIFY_USAGE = 'usage: verify-logs [--json] PATH...   (log files or folders, any number, from any machines; syslog collector files too)';

export interface VerifyOutput {
  out(text: string): void;
  err(text: string): void;
}

function describe(review: ReviewResult): string[] {
  const lines: string[] = [];
  for (const chain of review.chains) {
    const verdict = chain.integrity.status === 'verified' ? 'VERIFIED' : chain.integrity.status === 'broken' ? `BROKEN at line ${chain.integrity.line}` : chain.integrity.status.toUpperCase();
    const period = chain.firstTime ? `${chain.firstTime.slice(0, 10)}..${(chain.lastTime ?? chain.firstTime).slice(0, 10)}` : 'no actions';
    const who = chain.technicians.length > 0 ? chain.technicians.join(', ') : 'no technician';
    const where = chain.central ? `CENTRAL COPY from ${chain.central.host}${chain.central.duplicates > 0 ? ` (${chain.central.duplicates} lines received twice, counted once)` : ''}  ` : '';
    lines.push(`${verdict}  ${where}${chain.machineName ?? '(machine not recorded)'}  install ${chain.installId ?? '(none)'}  ${who}  ${period}  ${chain.entries} entries  ${chain.findingCount} findings`);
    for (const lack of chain.lacks) lines.push(`  lacks: ${sharedEn.chainLacks[lack]}`);
    for (const file of review.files.filter((f) => f.chain === chain.id)) {
      lines.push(`  file ${file.path}${file.copyOf ? ` (copy of ${file.copyOf})` : ''}`);
      for (const finding of file.findings) lines.push(`    ${finding.kind} line ${finding.line}: ${findingText(sharedEn, finding)}`);
      if (file.findingCount > file.findings.length) lines.push(`    ...and ${file.findingCount - file.findings.length} more findings`);
    }
  }
  for (const c of review.comparisons ?? []) {
    const clean = c.missingCentrally + c.onlyCentrally + c.differing === 0;
    lines.push(`${clean ? 'CENTRAL MATCHES LOCAL' : 'CENTRAL DIFFERS FROM LOCAL'}  ${c.machineName ?? '(machine not recorded)'}  install ${c.installId}  entries ${c.from}..${c.to}: ${c.same} same, ${c.missingCentrally} missing centrally, ${c.onlyCentrally} only centrally, ${c.differing} differing`);
    for (const f of c.findings) {
      const at = [f.local && `local ${f.local.file}:${f.local.line}`, f.central && `central ${f.central.file}:${f.central.line}`].filter(Boolean).join(', ');
      lines.push(`    ${f.kind} ${at}: ${sharedEn.comparisonReasons[f.reason](String(f.seq))}`);
    }
  }
  for (const skipped of review.skipped) lines.push(`SKIPPED  ${skipped.path}: ${skipText(sharedEn, skipped)}`);
  for (const torn of review.tornFiles) lines.push(`TORN TAIL SET ASIDE  ${torn}`);
  return lines;
}

export function exitCodeOf(review: ReviewResult): 0 | 1 {
  const agree = (review.comparisons ?? []).every((c) => c.missingCentrally + c.onlyCentrally + c.differing === 0);
  const clean = review.chains.every((chain) => chain.integrity.status === 'verified' && chain.findingCount === 0) && review.skipped.length === 0 && agree;
  return clean ? 0 : 1;
}

export async function runVerify(args: readonly string[], io: VerifyOutput): Promise<0 | 1 | 2> {
  const json = args.includes('--json');
  const paths = args.filter((arg) => arg !== '--json');
  const unknown = paths.find((arg) => arg.startsWith('--'));
  if (paths.length === 0 || unknown !== undefined) {
    io.err(unknown ? `unknown option ${unknown}\n${VERIFY_USAGE}` : VERIFY_USAGE);
    return 2;
  }
  const result = await reviewLogs(paths);
  if (!result.ok) {
    io.err(result.error.message);
    return 2;
  }
  const review = result.value;
  // A path the auditor named that cannot be read at all, or a folder with no log in it, is a read error, not a
  // finding: exit 0 would tell a script that logs were verified when none was read.
  const unreadable = review.skipped.filter((item) => paths.some((p) => item.path.endsWith(p.replace(/[\\/]+$/, ''))) && (item.reason.code === 'cannotRead' || item.reason.code === 'noLogFiles'));
  const code = unreadable.length > 0 ? 2 : exitCodeOf(review);
  if (json) {
    const { chains, files, skipped, tornFiles, comparisons = [] } = review;
    // Scripts read the English sentence beside the reason code, as the text output gives it.
    const worded = comparisons.map((c) => ({ ...c, findings: c.findings.map((f) => ({ ...f, message: sharedEn.comparisonReasons[f.reason](String(f.seq)) })) }));
    // A chain's lacks stay English sentences for scripts, with their codes beside them.
    const chainsWorded = chains.map((chain) => ({ ...chain, lacks: chain.lacks.map((lack) => sharedEn.chainLacks[lack]), lackCodes: chain.lacks }));
    // Findings and skip reasons: the English sentence as `message`/`reason` (as before), the code and values beside it.
    const filesWorded = files.map((file) => ({ ...file, findings: file.findings.map((f) => ({ ...f, message: findingText(sharedEn, f) })) }));
    const skippedWorded = skipped.map((item) => ({ path: item.path, reason: skipText(sharedEn, item), reasonCode: item.reason, ...(item.finding && { finding: item.finding }) }));
    io.out(JSON.stringify({ exitCode: code, chains: chainsWorded, files: filesWorded, skipped: skippedWorded, tornFiles, comparisons: worded }, null, 2));
  } else {
    for (const line of describe(review)) io.out(line);
  }
  return code;
}
