import {
  AlignmentType,
  Footer,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { TReportContext } from '../report-context.js';
import { footerLine } from '../tables/report-footer.js';
import { blankName, type TSignature } from '../tables/signature-blocks.js';
import { a4 } from './docx-pack.js';

/** Centred title lines, the first larger. */
export function docxTitle(lines: readonly string[]): Paragraph[] {
  return lines.map(
    (text, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: i === lines.length - 1 ? 240 : 60 },
        children: [new TextRun({ text, bold: i < 2, size: i === 0 ? 28 : 22 })],
      }),
  );
}

/** A plain paragraph. */
export const docxText = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({
    spacing: { after: 120 },
    alignment: AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, ...options })],
  });

/** The footer: generation time and version on the left, the page number on the right. */
function footer(context: TReportContext): Footer {
  return new Footer({
    children: [
      new Paragraph({
        children: [
          new TextRun({ text: `${footerLine(context)} · `, size: 14 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 14 }),
        ],
      }),
    ],
  });
}

/** A section of A4 pages in the given orientation, with the report footer. */
export function docxSection(
  children: ISectionOptions['children'],
  context: TReportContext,
  orientation: 'portrait' | 'landscape' = 'portrait',
): ISectionOptions {
  const landscape = orientation === 'landscape';
  return {
    properties: {
      page: {
        size: {
          width: a4.short,
          height: a4.long,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin },
      },
    },
    footers: { default: footer(context) },
    children,
  };
}

type TLineOptions = { bold?: boolean; underline?: boolean; before?: number; keepNext?: boolean };

const signatureLine = (text: string, options: TLineOptions = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0 },
    keepNext: options.keepNext,
    children: [new TextRun({ text, bold: options.bold, underline: options.underline ? {} : undefined })],
  });

/** The place and date and the signer's capacity, kept with the names below them. */
const headingCell = (signature: TSignature | null) =>
  new TableCell({
    children: signature
      ? [
          signatureLine(signature.dateLine, { keepNext: true }),
          ...signature.heading.map((text) => signatureLine(text, { bold: true, keepNext: true })),
        ]
      : [new Paragraph({ children: [], keepNext: true })],
  });

/** Room to sign, the name signed over, rank and NIP. */
const nameCell = (signature: TSignature | null) =>
  new TableCell({
    children: signature
      ? [
          signatureLine(signature.name ?? blankName, {
            bold: true,
            underline: signature.name !== null,
            before: 1200,
          }),
          ...(signature.rank ? [signatureLine(signature.rank)] : []),
          ...(signature.nip ? [signatureLine(signature.nip)] : []),
        ]
      : [new Paragraph({ children: [] })],
  });

/**
 * Signature blocks side by side (null leaves a column empty), in a borderless table so Word keeps
 * them aligned: the headings in one row, the names in the next, so the names stand on one line
 * however many lines a long agency's heading takes.
 */
export function docxSignatures(signatures: readonly (TSignature | null)[], width: number): Table {
  return new Table({
    borders: TableBorders.NONE,
    width: { size: width, type: WidthType.DXA },
    columnWidths: signatures.map(() => Math.floor(width / signatures.length)),
    rows: [
      new TableRow({ cantSplit: true, children: signatures.map(headingCell) }),
      new TableRow({ cantSplit: true, children: signatures.map(nameCell) }),
    ],
  });
}
