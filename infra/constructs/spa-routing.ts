/**
 * The CloudFront Function (viewer request, default behaviour only) that serves the app shell for
 * client-side routes: a path whose last segment has no dot (`/agencies/x/years/2026`) is a
 * route, anything with one (`/assets/app-1a2b.js`, `/favicon.svg`) is a file. Doing this per
 * behaviour rather than with distribution-wide error responses keeps `/api/*` 404s as JSON.
 * Plain ES5 for the cloudfront-js runtime; infra/web.test.ts runs it.
 */
export const spaRoutingCode = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;
