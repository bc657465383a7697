import { describe, expect, it } from 'vitest';
import { pageAfterSignIn, rememberPageLeft, rememberSignedIn } from './left-page';

const settings = '/agencies/dinsos-hss/years/2026/settings';

describe('pageAfterSignIn', () => {
  it('keeps the page where nobody left one on the tab (a link opened in a new tab)', () => {
    expect(pageAfterSignIn('perencana', settings)).toBe(settings);
  });

  it('sends another person home from the page the last one left, and brings that one back to it', () => {
    rememberSignedIn('perencana');
    // Signed in, nothing is left yet: the page is the signed-in person's.
    expect(pageAfterSignIn('perencana-dpupr', settings)).toBe(settings);
    rememberPageLeft(settings);
    expect(pageAfterSignIn('perencana-dpupr', settings)).toBe('/');
    expect(pageAfterSignIn('perencana', settings)).toBe(settings);
    // A page opened since is the signer's own.
    expect(pageAfterSignIn('perencana-dpupr', '/agencies/contoh-dpupr/years/2026')).toBe(
      '/agencies/contoh-dpupr/years/2026',
    );
    // The next person signed in owns the tab's pages from then on.
    rememberSignedIn('perencana-dpupr');
    expect(pageAfterSignIn('perencana', settings)).toBe(settings);
  });
});
