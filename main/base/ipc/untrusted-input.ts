/**
 * A first look at an argument from the other process, before any schema runs:
 * it bounds size and depth, refuses keys that could reach an object's
 * prototype, anything but plain objects and arrays, and broken Unicode. Zod would strip or reject most of this too, but a 10 MB string
 * should not even reach a parser, and `__proto__` must never be merged
 * anywhere by a handler that spreads its input.
 */
export const inputLimits = {
  maxTotalChars: 1_000_000,
  maxDepth: 16,
  maxKeys: 10_000,
};

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

// A UTF-16 surrogate without its partner: no text a person typed, and encodeURIComponent throws on it.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Only what JSON can carry: plain objects and arrays. Electron's structured
 * clone also delivers Date, Map, Set, RegExp and typed arrays, which have no
 * own keys for a schema to reject (a Date passes `z.object({})`).
 */
function isPlainData(node: object): boolean {
  if (Array.isArray(node)) return true;
  const proto: unknown = Object.getPrototypeOf(node);
  return proto === Object.prototype || proto === null;
}

export function checkUntrustedInput(value: unknown): string | null {
  let chars = 0;
  let keys = 0;
  const visit = (node: unknown, depth: number): string | null => {
    if (depth > inputLimits.maxDepth) return 'The request is nested too deeply';
    if (typeof node === 'string') {
      chars += node.length;
      if (chars > inputLimits.maxTotalChars) return 'The request is too large';
      return loneSurrogate.test(node) ? 'The request has text that is not valid Unicode' : null;
    }
    if (node === null || typeof node !== 'object') return null;
    if (!isPlainData(node)) return 'The request has a value that is not plain data (such as a date, map or regular expression)';
    for (const key of Reflect.ownKeys(node)) {
      if (typeof key !== 'string') return 'The request has a symbol key';
      if (loneSurrogate.test(key)) return 'The request has text that is not valid Unicode';
      if (forbiddenKeys.has(key)) return `The request has a forbidden key "${key}"`;
      keys += 1;
      chars += key.length;
      if (keys > inputLimits.maxKeys || chars > inputLimits.maxTotalChars) return 'The request is too large';
      const problem = visit((node as Record<string, unknown>)[key], depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  return visit(value, 0);
}
