import { codedMessageSchema, type CodedMessage } from './coded-message';

/**
 * What a log review says about one finding, as a code and its values: the
 * window words it in its language (shared/i18n), verify-logs in English.
 * Values are numbers, file names and key prefixes written as text; `detail`
 * alone is a reader's own English (JSON.parse's or the schema's) for the admin
 * who opens the file.
 */
export const findingMessageParams = {
  // The chain: sequence numbers and links between lines.
  nextLinksElsewhere: ['line'],
  nextLinksElsewhereIn: ['line', 'file'],
  copyOfLine: ['line'],
  linksPast: ['line'],
  seqReused: ['seq'],
  seqNotFollowing: ['seq', 'previous'],
  outOfOrder: ['seq', 'line', 'file'],
  entryMissing: ['seq'],
  entriesMissing: ['missing', 'from', 'to'],
  fileMissingHint: [],
  noLinkToPrevious: ['line'],
  // Seals, signatures and keys.
  unsealedLine: ['line'],
  unsealedLines: ['from', 'to'],
  sealUnknownKey: ['key'],
  sealBadSignature: [],
  sealBadSignatureLines: ['from', 'to'],
  headerKeyNotPinned: ['key'],
  signedKeyNotPinned: ['key'],
  sealedKeyNotPinned: ['key'],
  headerNoKey: [],
  headerFingerprintMismatch: [],
  headerNotSelfSigned: [],
  lineEdited: [],
  lineUnknownKey: ['key'],
  badSignature: [],
  // Crashes and side files.
  setAside: ['bytes', 'line', 'file'],
  sideFileMissing: ['file', 'folder'],
  sideFileDiffers: ['file'],
  tornTail: [],
  // Lines that cannot be read as entries.
  bom: [],
  tooLong: ['bytes', 'max'],
  notUtf8: [],
  emptyLine: [],
  notJson: ['detail'],
  notObject: [],
  wrongVersion: ['version', 'known'],
  editedInvalid: [],
  invalidEntry: ['field', 'detail'],
  emptyFile: [],
  // A copy of a file beside the file.
  copyLacksEntry: ['seq', 'line', 'file'],
  copyLacksEntries: ['from', 'to', 'line', 'file'],
  copyExtraEntry: ['seq', 'file'],
  copyLineDiffers: ['line', 'file'],
  copyPastEnd: ['file'],
  // A syslog collector's file.
  collectorTornLine: [],
  collectorUnreadable: [],
  collectorNoSeq: [],
} as const;

export type FindingMessage = CodedMessage<typeof findingMessageParams>;
export const findingMessageSchema = codedMessageSchema(findingMessageParams);

/**
 * Why something named like a log file was skipped, not read. `cause` is the
 * OS's error code (ENOENT, EACCES…), the part an admin can act on.
 */
export const skipReasonParams = {
  cannotRead: ['cause'],
  notRegularFile: [],
  link: [],
  folder: [],
  collectorLine: ['line'],
  // An opened folder (and its subfolders) held no log file; one had subfolders deeper than were searched.
  noLogFiles: [],
  deeperNotSearched: ['levels'],
} as const;

export type SkipReason = CodedMessage<typeof skipReasonParams>;
export const skipReasonSchema = codedMessageSchema(skipReasonParams);
