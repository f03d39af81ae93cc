import path from 'node:path';

/**
 * Resolves a URL path against a folder, or null when it would leave the
 * folder (`..`, absolute paths, NUL bytes). Used by both doors to serve the
 * renderer's files.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  if (urlPath.includes('\0')) return null;
  const base = path.resolve(root);
  const target = path.resolve(base, `.${path.posix.normalize(`/${urlPath}`)}`);
  return target === base || target.startsWith(base + path.sep) ? target : null;
}
