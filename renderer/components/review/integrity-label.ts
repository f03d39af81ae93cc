import type { FileIntegrity } from '../../../shared/log/log-finding';
import { assertNever } from '../../../shared/result';
import type { Messages } from '../../i18n/messages';

export function integrityLabel(integrity: FileIntegrity, t: Messages, n: (v: number) => string): string {
  switch (integrity.status) {
    case 'verified':
      return t.review.integrity.verified;
    case 'broken':
      return t.review.integrity.broken(n(integrity.line));
    case 'torn-tail':
      return t.review.integrity.tornTail(n(integrity.line));
    case 'unknown-key':
      return t.review.integrity.unknownKey(n(integrity.line));
    case 'unsealed':
      return t.review.integrity.unsealed(n(integrity.line));
    case 'empty':
      return t.review.integrity.empty;
    default:
      return assertNever(integrity, 'integrity');
  }
}

export const integrityGlyph: Record<FileIntegrity['status'], string> = { verified: '✓', broken: '✕', 'torn-tail': '!', 'unknown-key': '?', unsealed: '!', empty: '–' };
