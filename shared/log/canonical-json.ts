/**
 * The canonical form an entry's hash is computed over. JSON.stringify alone is
 * not enough: key order follows insertion order, which differs between the
 * writer's object and one re-parsed from disk, so the form sorts keys at every
 * level and never adds whitespace. The top-level `hash` and `sig` are left out
 * because they are computed from this form.
 *
 * Only format-1 files need it now (format 2 hashes the bytes on disk). It is kept
 * rather than replaced by RFC 8785's reference package (`canonicalize`), which
 * gives the same bytes for every other value (test/unit/shared/log/canonical-json.test.ts
 * compares them): the reference refuses a lone UTF-16 surrogate, which the old
 * writer hashed as `\udXXX`, so a file that verified would stop verifying; and
 * the log's audit path stays free of a runtime dependency for twenty lines.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    // NaN and Infinity have no JSON form; letting them become `null` would hash a different value.
    if (!Number.isFinite(value)) throw new Error('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      // An absent optional field and one set to undefined must hash alike, as JSON drops both.
      if (item === undefined) continue;
      parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
    }
    return `{${parts.join(',')}}`;
  }
  throw new Error(`canonicalJson: unsupported ${typeof value}`);
}

/** The text an entry's `hash` is the SHA-256 of: every field except `hash` and `sig`. */
export function canonicalEntryText(entry: Readonly<Record<string, unknown>>): string {
  const { hash: _hash, sig: _sig, ...rest } = entry;
  return canonicalJson(rest);
}
