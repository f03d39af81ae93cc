import type { Wording } from '../../messages/coded-message';
import type { findingMessageParams, skipReasonParams } from '../../messages/finding-message';
import { osFaultWords } from '../os-fault';

/** What a review found on a line, for the admin (and verify-logs, which stays English). */
export const findingMessages: Wording<typeof findingMessageParams> = {
  nextLinksElsewhere: ({ line }) => `this line was changed: line ${line}, the next entry, links to different content`,
  nextLinksElsewhereIn: ({ line, file }) => `this line was changed: line ${line} of ${file}, the next entry, links to different content`,
  copyOfLine: ({ line }) => `a copy of line ${line}`,
  linksPast: ({ line }) => `line ${line} links past this line, so it was inserted`,
  seqReused: ({ seq }) => `sequence number #${seq} was already used before this line`,
  seqNotFollowing: ({ seq, previous }) => `sequence number #${seq} does not follow #${previous}`,
  outOfOrder: ({ seq, line, file }) => `entry #${seq} is out of order: it belongs before line ${line} of ${file}`,
  entryMissing: ({ seq }) => `entry #${seq} is missing before this line`,
  entriesMissing: ({ missing, from, to }) => `${missing} of entries #${from}–#${to} are missing before this line`,
  fileMissingHint: () => 'is a file missing from the review?',
  noLinkToPrevious: ({ line }) => `this line does not link to the line before it (line ${line}): entries were removed or replaced`,
  unsealedLine: ({ line }) =>
    `line ${line} is not sealed: the app stopped before signing it (a crash, or the file was copied while the app ran), so its content is not authenticated`,
  unsealedLines: ({ from, to }) =>
    `lines ${from}–${to} are not sealed: the app stopped before signing them (a crash, or the file was copied while the app ran), so their content is not authenticated`,
  sealUnknownKey: ({ key }) => `sealed by key ${key}, which no header before it in this file declares`,
  sealBadSignature: () => "the seal's signature is wrong, so the lines it should vouch for are not authenticated",
  sealBadSignatureLines: ({ from, to }) => `the seal's signature is wrong, so the lines it should vouch for (lines ${from}–${to}) are not authenticated`,
  headerKeyNotPinned: ({ key }) => `the header declares key ${key}, which is not among the pinned keys`,
  signedKeyNotPinned: ({ key }) => `signed by key ${key}, which is not among the pinned keys`,
  sealedKeyNotPinned: ({ key }) => `sealed by key ${key}, which is not among the pinned keys`,
  headerNoKey: () => 'the header holds no valid Ed25519 public key',
  headerFingerprintMismatch: () => "the header's fingerprint is not that of its public key",
  headerNotSelfSigned: () => 'the header is not signed by the key it declares',
  lineEdited: () => 'the line was changed: its content no longer matches its hash',
  lineUnknownKey: ({ key }) => `signed by key ${key}, which no header before it in this file declares`,
  badSignature: () => 'the signature does not match the entry',
  setAside: ({ bytes, line, file }) => `at start-up the app set aside ${bytes} bytes that a crash left incomplete (line ${line}) in ${file}`,
  sideFileMissing: ({ file, folder }) => `the side file ${file} that this header names is missing from ${folder}`,
  sideFileDiffers: ({ file }) => `the side file ${file} does not hold the bytes this header names (its SHA-256 differs)`,
  tornTail: () => 'the last line has no newline: a write was cut short (torn tail); it is not counted',
  bom: () => 'the file starts with a UTF-8 byte order mark (stripped): it was probably saved by an editor',
  tooLong: ({ bytes, max }) => `line of ${bytes} bytes; entries are under ${max} (not read)`,
  notUtf8: () => 'the line holds bytes that are not UTF-8 text',
  emptyLine: () => 'empty line',
  notJson: ({ detail }) => `not JSON: ${detail}`,
  notObject: () => 'not a JSON object',
  wrongVersion: ({ version, known }) => `format version ${version}; this reader knows ${known}`,
  editedInvalid: () => 'the line was changed: it no longer matches its hash, nor the entry schema',
  invalidEntry: ({ field, detail }) => `not a valid entry (${field ? `${field}: ` : ''}${detail})`,
  emptyFile: () => 'the file is empty',
  copyLacksEntry: ({ seq, line, file }) => `entry #${seq} (line ${line} of ${file}) is missing before this line of the copy`,
  copyLacksEntries: ({ from, to, line, file }) => `entries #${from}–#${to} (from line ${line} of ${file}) are missing before this line of the copy`,
  copyExtraEntry: ({ seq, file }) => `entry #${seq} on this line of the copy is not in ${file}`,
  copyLineDiffers: ({ line, file }) => `this line differs from line ${line} of ${file}, a copy of the same file`,
  copyPastEnd: ({ file }) => `this line of the copy is past the end of ${file}`,
  collectorTornLine: () => 'the last line names Passcode Desk but has no newline and cannot be read: cut short, or the collector is still writing it',
  collectorUnreadable: () => 'names Passcode Desk but is not a syslog line this review can read',
  collectorNoSeq: () => 'a Passcode Desk message without a sequence number',
};

/** Why something named like a log file was not read. */
export const skipReasons: Wording<typeof skipReasonParams> = {
  cannotRead: ({ cause }) => `cannot be read (${osFaultWords('en', cause)}): check that it exists and that your account may read it`,
  notRegularFile: () => 'not a regular file',
  link: () => 'a link, not a log file: links are not followed inside a folder',
  folder: () => 'a folder named like a log file',
  collectorLine: ({ line }) => `line ${line} of this collector file could not be placed in any log`,
  noLogFiles: () => 'no action log file (actions-YYYY-MM.jsonl) in this folder or its subfolders: nothing was verified here',
  deeperNotSearched: ({ levels }) => `subfolders more than ${levels} levels down were not searched: open those folders themselves`,
};
