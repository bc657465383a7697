import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cellText, type TReportTable } from '../tables/report-table.js';

const run = promisify(execFile);

export type TPdfInspection = { pngBytes: number; png: Buffer; pages: number; text: string; fonts: string };

/** What poppler makes of a PDF: its first page as PNG (size in bytes), page count, text and font list. */
export async function inspectPdf(pdf: Buffer): Promise<TPdfInspection> {
  const dir = await mkdtemp(path.join(tmpdir(), 'capaian-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    await writeFile(file, pdf);
    const firstPage = ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile'];
    await run('pdftoppm', [...firstPage, file, path.join(dir, 'page')]);
    const pngFile = path.join(dir, 'page.png');
    const { size } = await stat(pngFile);
    const png = await readFile(pngFile);
    const { stdout: info } = await run('pdfinfo', [file]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const { stdout: text } = await run('pdftotext', ['-layout', file, '-']);
    const { stdout: fonts } = await run('pdffonts', [file]);
    return { pngBytes: size, png, pages, text, fonts };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The PNG's width and height, from its header. */
export const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Every page of a PDF as poppler draws it in grey at `dpi` (PGM files), and its text as laid out. */
export async function drawnPages(pdf: Buffer, dpi = 100): Promise<{ pages: Buffer[]; text: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'capaian-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    await writeFile(file, pdf);
    await run('pdftoppm', ['-gray', '-r', String(dpi), file, path.join(dir, 'page')]);
    const names = (await readdir(dir)).filter((name) => name.endsWith('.pgm')).sort();
    const pages = await Promise.all(names.map((name) => readFile(path.join(dir, name))));
    const { stdout: text } = await run('pdftotext', ['-layout', file, '-']);
    return { pages, text };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The words of a table (its headers, cells and notes; 5 letters or more, with a trailing comma)
 * that its PDF breaks inside, or before their comma: each found fewer times in the PDF's text than
 * the table holds it. A line may end at a hyphen or a slash ("Nilai/" / "Predikat").
 */
export async function wordsBrokenInside(table: TReportTable, pdf: Buffer): Promise<string[]> {
  const texts = [
    ...table.header.flat().map((cell) => cell?.text ?? ''),
    ...table.rows.flat().map((cell) => (cell ? cellText(cell, 'id') : '')),
    ...(table.notes ?? []),
  ];
  const count = (text: string, word: string) => text.split(word).length - 1;
  const words = new Set(texts.flatMap((text) => text.split(/[\s/-]+/)).filter((word) => word.length >= 5));
  const { text } = await inspectPdf(pdf);
  return [...words].filter((word) => count(text, word) < texts.reduce((n, t) => n + count(t, word), 0));
}
