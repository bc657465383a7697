/** Matches "/agencies/:agencyId/years/:year" against a path; the named segments, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const names = pattern.split('/');
  const parts = path.replace(/(.)\/$/, '$1').split('/');
  if (names.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [i, name] of names.entries()) {
    const part = parts[i] ?? '';
    if (name.startsWith(':')) {
      if (part === '') return null;
      try {
        params[name.slice(1)] = decodeURIComponent(part);
      } catch {
        return null;
      }
    } else if (name !== part) return null;
  }
  return params;
}
