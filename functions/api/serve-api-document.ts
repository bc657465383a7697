import { readFile } from 'node:fs/promises';
import type { Context } from 'hono';

/** The document's file beside the API Lambda's bundle, written when it is bundled (infra/). */
export const apiDocumentFile = 'openapi.json';

let document: Promise<string> | undefined;

/** The document built at bundling; where there is none (npm start, tests), built once now. */
function loadDocument(): Promise<string> {
  return readFile(new URL(apiDocumentFile, import.meta.url), 'utf8').catch(async (error: unknown) => {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    const { buildApiDocument } = await import('./openapi-document.js');
    return JSON.stringify(buildApiDocument());
  });
}

/** GET /api/openapi.json */
export async function serveApiDocument(c: Context): Promise<Response> {
  document ??= loadDocument();
  return c.body(await document, 200, { 'Content-Type': 'application/json' });
}
