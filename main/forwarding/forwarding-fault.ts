import { word } from '../../shared/messages/coded-message';
import { sharedEn } from '../../shared/i18n/en';
import type { ForwardingProblem } from '../../shared/forwarding/forwarding-problem';

/**
 * An error that carries its forwarding problem as a code, so the status can
 * send the code to the window (worded in its language) while the message
 * stays English for main's diagnostic log.
 */
export class ForwardingFault extends Error {
  constructor(readonly problem: ForwardingProblem) {
    super(word(sharedEn.forwardingProblems, problem));
    this.name = 'ForwardingFault';
  }
}

/** The problem an error stands for; an error of unknown kind keeps its own words as the detail. */
export function problemOf(error: unknown, collector: string): ForwardingProblem {
  if (error instanceof ForwardingFault) return error.problem;
  return { code: 'sendFailed', params: { collector, detail: error instanceof Error ? error.message : String(error) } };
}
