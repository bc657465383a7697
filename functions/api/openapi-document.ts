import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { mergePath } from 'hono/utils/url';
import { apiRoutes } from './api-routes.js';
import { apiBasePath } from './app.js';
import { declaredRoutesOf } from './router.js';

/*
 * The API document (/api/openapi.json): the front matter below, and the routes, which carry their
 * own operation ids, summaries, tags, security and responses. Built when the API Lambda is
 * bundled (write-api-document.ts), so no start pays for it.
 */

/** The one security scheme: `Authorization: Bearer <ID token>`. Routes say `secured` or `publicRoute`. */
const bearerScheme = {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'JWT',
  description:
    'An ID token: from the Cognito user pool on AWS (its hosted sign-in), from the development sign-in locally.',
} as const;

const description = `The SAKIP cycle of a kabupaten's agencies (OPD): each year's performance agreement
(Perjanjian Kinerja) with its indicators, targets and budget; every quarter's realisations, filled
by the division heads unit by unit, verified by the planning unit and signed off by the head of the
agency; the achievement and budget tables computed from them; and the report files.

**Language.** Messages come in Bahasa Indonesia unless the request asks for English with
\`?lang=en\`, a \`lang\` cookie or \`Accept-Language\`.

**Errors.** Every 4xx and 503 carries \`{ error: { code, message, issues, details } }\`; a 400 names
each bad field in \`issues\` (\`path\`, \`message\`).

**Concurrent edits.** Every change names the \`revision\` it was made from; a stale one is refused
with 409 and the current state in \`details.current\`, so nothing is overwritten unseen. A
signed-off quarter is locked (423) until the head reopens it.`;

/** The tags, in the order of the cycle; each route has one. */
const tags = [
  {
    name: 'session',
    description: 'Signing in, and the signed-in user: their roles and unit, language and reminders.',
  },
  { name: 'agency', description: 'The agencies (OPD) a user may read, each with its units (bidang).' },
  {
    name: 'region',
    description:
      "The region's own work, by its administrator (Bappeda): agencies created with their units, head and planner; units renamed, split or merged between years; people moved between agencies.",
  },
  {
    name: 'agreement',
    description:
      "A year's performance agreement (Perjanjian Kinerja): the PK Murni and its revisions (PK Perubahan), drafted and submitted by the planner, signed or returned by the head of the agency.",
  },
  {
    name: 'quarters',
    description:
      "A quarter's realisations: each unit's part, filled and submitted by its division head, verified or returned by the verifier; the quarter signed off (and locked) by the head of the agency. The dashboard shows where a quarter stands.",
  },
  {
    name: 'evidence',
    description:
      "Supporting documents (data dukung) of an indicator's realisation, uploaded and downloaded through short-lived links straight to the file storage.",
  },
  {
    name: 'workbooks',
    description:
      'Spreadsheets in: a workbook (XLSX or CSV) uploaded through a short-lived link to a private prefix, and its cells read by the parse function; bad files are refused with the reason.',
  },
  {
    name: 'tables',
    description:
      'The computed tables: achievement (capaian) and status band per indicator by quarter and to date, and the budget realisation (pagu, realisasi, serapan, sisa).',
  },
  {
    name: 'reports',
    description:
      'The report files (XLSX, PDF, DOCX) made when a quarter is signed off or an agreement signed; every version is kept.',
  },
  {
    name: 'audit',
    description: 'The record of every change: who, when, from which state to which, and why.',
  },
  {
    name: 'settings',
    description: "The agency's status bands and reminder days, and the agency's users and their roles.",
  },
  {
    name: 'calendar',
    description:
      "The region's calendar: its national holidays and cuti bersama per year, its rule for when quarters are due (in working days), and the extensions it grants an agency.",
  },
  {
    name: 'outbox',
    description:
      'What follows a committed change (emails, report files, access changes) and failed for good after its automatic attempts: listed, and tried again by a person on the record.',
  },
  { name: 'system', description: 'Whether the service and what it depends on answer.' },
  { name: 'local', description: 'Local mode only (`npm start`): the emails written instead of sent.' },
];

/** The document's front matter. */
const frontMatter = {
  openapi: '3.1.0',
  info: {
    title: 'Capaian API',
    version: '0.1.0',
    description,
    // The repository is private and grants no licence; SPDX has no id for that, hence a LicenseRef.
    license: { name: 'Proprietary: no licence granted', identifier: 'LicenseRef-Proprietary' },
  },
  servers: [
    {
      url: '/',
      description:
        'This deployment: the API beside the web app, under /api (CloudFront on AWS; npm start locally)',
    },
  ],
  tags,
};

/** The whole document, from every declared route and the front matter. */
export function buildApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', bearerScheme);
  for (const route of declaredRoutesOf(apiRoutes))
    registry.registerPath({ ...route, path: mergePath(apiBasePath, route.path) });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument(frontMatter);
}
