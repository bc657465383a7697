import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TFontDictionary } from 'pdfmake/interfaces';

// The Roboto fonts pdfmake ships: beside a Lambda bundle (infra copies them there with pdfkit's
// js/data), else in node_modules. Found when the first PDF is made, never at import: a bundle
// imported without them (an email-only run, the bench) must not look for a package.
let robotoFolder: string | undefined;
function robotoDir(): string {
  const bundled = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fonts', 'Roboto');
  robotoFolder ??= existsSync(bundled)
    ? bundled
    : path.join(
        path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
        'fonts',
        'Roboto',
      );
  return robotoFolder;
}
const roboto = (name: string) => path.join(robotoDir(), `Roboto-${name}.ttf`);
const helvetica = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'] as const;

/**
 * Helvetica is one of the PDF standard fonts: nothing to parse or embed, so a document lays
 * out about twice as fast. It only has the WinAnsi characters; Roboto (embedded) has the rest.
 * pdfmake 0.3 on Node takes font file paths (Buffers are mistaken for URLs).
 */
export const pdfFonts = (): TFontDictionary => ({
  Helvetica: { normal: helvetica[0], bold: helvetica[1], italics: helvetica[2], bolditalics: helvetica[3] },
  Roboto: {
    normal: roboto('Regular'),
    bold: roboto('Medium'),
    italics: roboto('Italic'),
    bolditalics: roboto('MediumItalic'),
  },
});

/** pdfmake may open the Roboto files and the standard fonts' names, nothing else on disk. */
export const fontFileAllowed = (file: string): boolean =>
  (helvetica as readonly string[]).includes(file) || path.resolve(file).startsWith(robotoDir() + path.sep);

// ASCII, Latin-1 and the typographic marks WinAnsi adds (– — ‘ ’ “ ” • … € ™ and the like).
const winAnsi = /^[\n\t\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/;

/** Whether every string in a value, at any depth of its arrays and objects, is WinAnsi. */
const winAnsiThroughout = (value: unknown): boolean =>
  typeof value === 'string'
    ? winAnsi.test(value)
    : Array.isArray(value)
      ? value.every(winAnsiThroughout)
      : typeof value === 'object' && value !== null
        ? Object.values(value).every(winAnsiThroughout)
        : true;

/**
 * The font for a document's texts (strings, or whole contents read at every depth, without
 * serialising them): Helvetica when it can show every character, else Roboto.
 */
export const fontFor = (texts: readonly unknown[]): 'Helvetica' | 'Roboto' =>
  texts.every(winAnsiThroughout) ? 'Helvetica' : 'Roboto';
