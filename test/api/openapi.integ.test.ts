import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { app } from '../../functions/api/app.js';

const run = promisify(execFile);
const redocly = join(
  dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
  'bin/cli.js',
);
const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

const ZOperationSchema = z.object({
  operationId: z.string().optional(),
  summary: z.string().optional(),
  tags: z.array(z.string()).default([]),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
});
const ZDocumentSchema = z.object({
  openapi: z.string(),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  tags: z.array(z.object({ name: z.string(), description: z.string().optional() })).default([]),
});
const ZLintSchema = z.object({
  problems: z.array(
    z.object({
      ruleId: z.string(),
      message: z.string(),
      location: z.array(z.object({ pointer: z.string().optional() })),
    }),
  ),
});

const folder = mkdtempSync(join(tmpdir(), 'capaian-openapi-'));
const file = join(folder, 'openapi.json');
let text = '';
let document: z.infer<typeof ZDocumentSchema>;
let operations: (z.infer<typeof ZOperationSchema> & { route: string })[] = [];
beforeAll(async () => {
  const response = await app.request('/api/openapi.json');
  expect(response.status).toBe(200);
  text = await response.text();
  writeFileSync(file, text);
  document = ZDocumentSchema.parse(JSON.parse(text));
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    methods.flatMap((method) =>
      item[method]
        ? [{ ...ZOperationSchema.parse(item[method]), route: `${method.toUpperCase()} ${path}` }]
        : [],
    ),
  );
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the API document (/api/openapi.json)', () => {
  it('is OpenAPI 3.1 and lists every route', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(operations.map((operation) => operation.route)).toContain('GET /api/health');
  });

  it("passes Redocly's recommended rules without an error or a warning", async () => {
    // Redocly reports problems on stdout as JSON and exits 1 when there are errors.
    const lint = await run(
      process.execPath,
      [redocly, 'lint', file, '--extends=recommended', '--format=json'],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    ).catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }));
    const { problems } = ZLintSchema.parse(JSON.parse(lint.stdout));
    const described = problems.map(
      (problem) => `${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`,
    );
    expect(described).toEqual([]);
  }, 60_000);

  it('names every operation by the id generated clients call it by', () => {
    // Renaming one breaks every client generated before: a new route adds its id here.
    const ids = operations.map((operation) => operation.operationId ?? `(none: ${operation.route})`);
    expect(ids.sort()).toEqual([
      'appointActing',
      'checkAgreementImport',
      'checkHandMadeReport',
      'checkPartsFromWorkbook',
      'confirmEvidenceUpload',
      'createAgency',
      'createAgreementDraft',
      'endActing',
      'fillPartsFromWorkbook',
      'getAgency',
      'getAgencyCalendar',
      'getAgencyTimeline',
      'getAgreement',
      'getAgreementTemplate',
      'getAgreementVersion',
      'getAgreementVersionTimeline',
      'getBudgetTable',
      'getCheckFindingsWorkbook',
      'getDashboard',
      'getEntrySheet',
      'getEvidenceDownloadUrl',
      'getHealth',
      'getMe',
      'getPart',
      'getPartTimeline',
      'getPerformanceTable',
      'getQuarterTimeline',
      'getRecordWorkbook',
      'getRegionBoard',
      'getRegionReportDownloadUrl',
      'getRegionTimeline',
      'getReportDownloadUrl',
      'getSettings',
      'getSignInConfig',
      'getTrends',
      'grantExtension',
      'importAgreementDraft',
      'listActing',
      'listAgencies',
      'listFailedOutboxEvents',
      'listMyTasks',
      'listOutboxEmails',
      'listPartEvidence',
      'listQuarters',
      'listRegionFailedOutboxEvents',
      'listRegionPeople',
      'listRegionReportFiles',
      'listRegions',
      'listReportFileVersions',
      'listReportFiles',
      'listSignInUsers',
      'listUsers',
      'namePeople',
      'proposeAgreementImportMapping',
      'readUploadedWorkbook',
      'regenerateRegionReports',
      'regenerateReports',
      'removeEvidence',
      'renameUnit',
      'requestEvidenceUpload',
      'requestWorkbookUpload',
      'restructureUnits',
      'retryFailedOutboxEvent',
      'retryRegionFailedOutboxEvent',
      'saveAgreementDraft',
      'saveDeadlineRule',
      'saveHolidays',
      'savePart',
      'savePreferences',
      'saveSettings',
      'saveUser',
      'setUserAccess',
      'signInForDevelopment',
      'transferUser',
      'transitionAgreementVersion',
      'transitionPart',
      'transitionQuarter',
    ]);
  });

  it('says of every operation whether it is public or needs the bearer token', () => {
    const open = operations.filter((operation) => operation.security?.length === 0);
    expect(open.map((operation) => operation.route).sort()).toEqual([
      'GET /api/config',
      'GET /api/health',
      'POST /api/dev/sign-in',
    ]);
    const secured = operations.filter((operation) => !open.includes(operation));
    expect(secured.filter((operation) => JSON.stringify(operation.security) !== '[{"bearer":[]}]')).toEqual(
      [],
    );
  });

  it('pages the failed events by an opaque cursor the answer hands out', () => {
    for (const path of ['/api/agencies/{agencyId}/outbox/failed', '/api/regions/{regionId}/outbox/failed']) {
      const get = JSON.stringify(document.paths[path]?.get);
      expect(get).toContain('"name":"cursor","in":"query"');
      expect(get).toContain('"nextCursor":{"type":"string"');
    }
  });

  it('groups the operations under tags it describes, with a summary each', () => {
    const described = new Set(document.tags.filter((tag) => tag.description).map((tag) => tag.name));
    for (const operation of operations) {
      expect(operation.tags.length, operation.route).toBe(1);
      expect([...described], operation.route).toContain(operation.tags[0]);
      expect(operation.summary, operation.route).toMatch(/^\p{Lu}/u);
    }
  });
});
