import type { LogFinding } from '../log/log-finding';
import type { SkippedPath } from '../log/review-result';
import { word } from '../messages/coded-message';
import type { SharedText } from './shared-text';

type Words = Pick<SharedText, 'findingMessages' | 'skipReasons'>;

/** A finding in one language: what was found, then the second reason when there is one. */
export function findingText(words: Words, finding: Pick<LogFinding, 'say' | 'also'>): string {
  const first = word(words.findingMessages, finding.say);
  return finding.also ? `${first}; ${word(words.findingMessages, finding.also)}` : first;
}

/** Why a path was skipped in one language, with what is wrong with its line when it is a collector's. */
export function skipText(words: Words, skipped: Pick<SkippedPath, 'reason' | 'finding'>): string {
  const reason = word(words.skipReasons, skipped.reason);
  return skipped.finding ? `${reason}: ${word(words.findingMessages, skipped.finding)}` : reason;
}
