import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx';

/** A chapter (level 1) or section (level 2, 3) heading, so Word's navigation pane lists it. */
export function heading(text: string, level: 1 | 2 | 3 = 2): Paragraph {
  const headingLevel = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }[
    level
  ];
  return new Paragraph({
    heading: headingLevel,
    alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: level === 1 ? 0 : 240, after: 120 },
    pageBreakBefore: level === 1,
    children: [new TextRun({ text, bold: true, size: level === 1 ? 28 : 22, color: '000000' })],
  });
}

/** A paragraph of body text. */
export const paragraph = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    children: [new TextRun(text)],
  });

/** What the planner still has to write, highlighted so it is not missed. */
export const todo = (text: string) =>
  new Paragraph({
    spacing: { after: 120 },
    children: [new TextRun({ text, italics: true, highlight: 'yellow' })],
  });

/** A bulleted list item. */
export const bullet = (text: string) =>
  new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] });

/** A narrative as the units type it: lines starting "- " become bullets, other lines paragraphs. */
export function narrativeParagraphs(text: string): Paragraph[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => (line.startsWith('- ') ? bullet(line.slice(2)) : paragraph(line)));
}

/** A blank line. */
export const spacer = () => new Paragraph({ children: [] });
