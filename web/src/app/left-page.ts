import { tabValue } from '../api/token';

/**
 * Who was last signed in on this tab, and the page it showed when their session ended (signed
 * out, ran out, refused): kept for the tab as its token is, so a closed tab leaves nothing behind.
 */
const lastPerson = tabValue('capaian.last-person');

type TLastPerson = { userId: string; path?: string };

function readLastPerson(): TLastPerson | null {
  try {
    const value: unknown = JSON.parse(lastPerson.read() ?? 'null');
    if (typeof value !== 'object' || value === null || !('userId' in value)) return null;
    const { userId } = value;
    const path = 'path' in value && typeof value.path === 'string' ? value.path : undefined;
    return typeof userId === 'string' ? { userId, path } : null;
  } catch {
    return null;
  }
}

/** The tab's page: its path and query. */
export const pageHere = () => window.location.pathname + window.location.search;

/** Someone is signed in on this tab: the pages it shows from now on are theirs. */
export const rememberSignedIn = (userId: string): void => lastPerson.write(JSON.stringify({ userId }));

/** Their session ended: the page the tab shows now is the one they left. */
export function rememberPageLeft(path: string): void {
  const last = readLastPerson();
  if (last) lastPerson.write(JSON.stringify({ userId: last.userId, path }));
}

/**
 * Where someone who signs in at `path` goes: there, unless it is the page another person left
 * on this tab (a shared office PC, a tab left open): then their own home, the front door. The
 * same person comes back to where they were; a page opened since (a link) is the signer's own.
 */
export function pageAfterSignIn(userId: string, path: string): string {
  const last = readLastPerson();
  return last?.path === path && last.userId !== userId ? '/' : path;
}
