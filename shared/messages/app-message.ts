import { codedMessageSchema, type CodedMessage } from './coded-message';

/**
 * What main says about a refused or failed call (the detail under an error's
 * plain sentence), as a code and its values, so the window says it in its
 * own language (shared/i18n) while main's diagnostic log keeps the English.
 */
export const appMessageParams = {
  signInToAct: [],
  signInToRevealAgain: [],
  signInToReveal: [],
  signInToClose: [],
  signInToCheckIntune: [],
  confirmIdentity: [],
  ticketRequired: [],
  ticketMissing: [],
  ticketTooShort: ['min'],
  ticketNoLetterOrDigit: [],
  ticketTooLong: ['max'],
  ticketPattern: ['ticket', 'pattern'],
  actionInProgress: ['state'],
  recentAction: [],
  unknownOutcomeIntune: [],
  unknownOutcomeOwn: ['requestedAt'],
  appClosing: [],
  logNotWritten: ['cause'],
  logNotReadable: ['cause'],
  logNotOpen: [],
  closeNotWritten: ['cause'],
  rereadNotWritten: ['cause'],
  notFollowed: [],
  closeOnlyUnknown: ['state'],
  noPasscodeWaiting: [],
  rereadReason: ['min', 'max'],
  rereadNotInLog: [],
  rereadTooOld: [],
  rereadNoPasscode: [],
  rereadReasonHasPasscode: [],
  reviewClosed: [],
  intuneCheckUnavailable: [],
  nothingToExport: [],
  devicePageFailedCheck: ['count', 'where'],
  devicePageUnreadable: [],
} as const;

export type AppMessage = CodedMessage<typeof appMessageParams>;
export const appMessageSchema = codedMessageSchema(appMessageParams);
