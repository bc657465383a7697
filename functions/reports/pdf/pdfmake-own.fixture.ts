import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { Content } from 'pdfmake/interfaces';
import { pdfSignatures } from '../documents/agreement-pdf.js';
import { seedContext, seedTables } from '../report.fixture.js';
import { performanceSheet } from '../tables/performance-report-table.js';
import { agreementSignatures } from '../tables/signature-blocks.js';
import type { PdfOptions } from './pdf-render.js';

export const comparedContext = seedContext(2);

/**
 * A report with what the renderer must get right: status fills with white text, a legend, notes,
 * a page break, an underlined signature and, with `symbol`, the embedded Roboto instead of Helvetica.
 */
export async function comparedPdf(symbol: boolean): Promise<PdfOptions> {
  const { sheetContent } = await import('./pdf-render.js');
  const { performance } = seedTables(2);
  const [first, ...rest] = performance.rows;
  const rows =
    symbol && first ? [{ ...first, indicatorName: 'Indeks ≥ target (Δ)' }, ...rest] : performance.rows;
  const [left, right] = agreementSignatures(comparedContext, new Date('2019-07-12T02:30:00Z'));
  const content: Content[] = [
    ...sheetContent(performanceSheet({ ...performance, rows }, comparedContext), comparedContext),
    { stack: [pdfSignatures([left, right])], margin: [0, 18, 0, 0] },
  ];
  return { title: 'compared', content };
}

// pdfmake alone, in a process of its own: the renderer's changes, once made, stay for the process.
const pdfmakeAlone = `
import pdfmake from 'pdfmake';
const [fixture, render, fonts] = await Promise.all(process.argv.slice(1, 4).map((file) => import(file)));
pdfmake.setFonts(fonts.pdfFonts());
pdfmake.setLocalAccessPolicy(fonts.fontFileAllowed);
const options = await fixture.comparedPdf(process.argv[4] === 'symbol');
const pdf = await pdfmake.createPdf(render.pdfDefinition(options, fixture.comparedContext)).getBuffer();
process.stdout.write(pdf.toString('base64'));
`;

/** `comparedPdf` as pdfmake itself renders it, none of our changes to its renderer made. */
export async function pdfmakeOwnPdf(symbol: boolean): Promise<Buffer> {
  const modules = ['./pdfmake-own.fixture.ts', './pdf-render.ts', './pdf-fonts.ts'].map(
    (file) => new URL(file, import.meta.url).href,
  );
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', pdfmakeAlone, ...modules, symbol ? 'symbol' : ''],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return Buffer.from(stdout, 'base64');
}

/**
 * One of pdfmake's own modules (`pdfmake/js/<file>`), loaded afresh beside the one pdfmake uses,
 * which an earlier PDF may have had replaced already: what Capaian's replacements are compared with.
 */
export function pdfmakesOwn<T>(file: string): T {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`pdfmake/js/${file}`);
  const loaded = require.cache[path];
  delete require.cache[path];
  try {
    return require(path).default;
  } finally {
    if (loaded) require.cache[path] = loaded;
  }
}
