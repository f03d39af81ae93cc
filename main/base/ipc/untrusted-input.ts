/**
 * A first look at an argument from the other process, before any schema runs:
 * it bounds size and depth and refuses keys that could reach an object's
 * prototype. Zod would strip or reject most of this too, but a 10 MB string
 * should not even reach a parser, and `__proto__` must never be merged
 * anywhere by a handler that spreads its input.
 */
export const inputLimits = {
  maxTotalChars: 1_000_000,
  maxDepth: 16,
  maxKeys: 10_000,
};

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export function checkUntrustedInput(value: unknown): string | null {
  let chars = 0;
  let keys = 0;
  const visit = (node: unknown, depth: number): string | null => {
    if (depth > inputLimits.maxDepth) return 'The request is nested too deeply';
    if (typeof node === 'string') {
      chars += node.length;
      return chars > inputLimits.maxTotalChars ? 'The request is too large' : null;
    }
    if (node === null || typeof node !== 'object') return null;
    for (const key of Reflect.ownKeys(node)) {
      if (typeof key !== 'string') return 'The request has a symbol key';
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
