import { describe, expect, it } from 'vitest';
import { spaRoutingCode } from './constructs/spa-routing.js';

type TRequest = { uri: string };
// The function body is plain JS for CloudFront's runtime; run it here as CloudFront would.
const handler: (event: { request: TRequest }) => TRequest = new Function(
  `${spaRoutingCode}; return handler;`,
)();
const served = (uri: string) => handler({ request: { uri } }).uri;

describe('SPA routing (CloudFront Function)', () => {
  it.each([
    '/',
    '/agencies/dinsos-hss/years/2026',
    '/agencies/dinsos-hss/years/2026/quarters/2/parts/bidang-1/',
  ])('serves the app shell for the client-side route %s', (uri) => expect(served(uri)).toBe('/index.html'));

  it.each(['/assets/index-1a2b3c.js', '/favicon.svg', '/config.json', '/index.html'])(
    'serves the file %s as is',
    (uri) => expect(served(uri)).toBe(uri),
  );
});
