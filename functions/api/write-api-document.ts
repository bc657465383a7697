/**
 * `node --import tsx functions/api/write-api-document.ts <file>`: writes the API document. The
 * API Lambda's bundling runs it (infra/constructs/node-function.ts), so the function serves a
 * document built at build time and none of its starts builds one.
 */
import { writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: write-api-document.ts <file>');
// The app parses its configuration at load; building the document calls nothing, so stand-ins do.
process.env.TABLE_NAME ??= 'api-document';
process.env.REPORTS_BUCKET ??= 'api-document';
process.env.EVIDENCE_BUCKET ??= 'api-document';
process.env.LOCAL_AUTH_SECRET ??= 'api-document-api-document-api-document';
const { buildApiDocument } = await import('./openapi-document.js');
writeFileSync(file, JSON.stringify(buildApiDocument()));
