import { sharedEn } from '../../shared/i18n/en';
import type { AppMessage } from '../../shared/messages/app-message';
import { word } from '../../shared/messages/coded-message';
import { graphAppError } from '../graph/graph-app-error';
import { GraphError } from '../graph/graph-error';

/**
 * Why a check before an action could not run, as a code the window words
 * after "could not check: " in its language. The English (`message`) is for
 * main's diagnostic log.
 */
export class CheckProblem extends Error {
  override name = 'CheckProblem';
  constructor(readonly say: AppMessage) {
    super(word(sharedEn.appMessages, say));
  }
}

/** The problem behind what a check threw; `other` words an error nobody coded (a ZIP or download fault: its English text is the detail). */
export function problemOf(error: unknown, other: (detail: string) => AppMessage): AppMessage {
  if (error instanceof CheckProblem) return error.say;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof GraphError) return graphAppError(error, 'device').say ?? other(detail);
  return other(detail);
}

export const checkFailed = (detail: string): AppMessage => ({ code: 'preflightFailed', params: { detail } });
export const reportUnreadable = (detail: string): AppMessage => ({ code: 'preflightReportUnreadable', params: { detail } });
