import PDFKit from 'pdfkit';

type TAfmFont = { attributes: object; glyphWidths: object; boundingBoxes: object; kernPairs: object };

let parses = 0;

/** How many times this process has parsed a standard font's metrics (the tests check it is once per font). */
export const standardFontParses = (): number => parses;

/** The prototype of pdfkit's standard font metrics (its AFM parser), found through a document's font. */
function afmFontPrototype(): object | undefined {
  const font: unknown = Reflect.get(new PDFKit({ autoFirstPage: false, font: 'Helvetica' }), '_font');
  const metrics: unknown = font instanceof Object ? Reflect.get(font, 'font') : undefined;
  return metrics instanceof Object ? Object.getPrototypeOf(metrics) : undefined;
}

let done = false;

/**
 * pdfkit parses a standard font's metrics (Helvetica's AFM file, 3.000 lines) again for every
 * document that uses it: about a twentieth of the time a year's report files took. They never
 * change, so each font's parsed metrics are kept for the process and handed to every later
 * document (pdfkit only reads them). pdfkit has no option for it: this wraps its AFM parser
 * (pdfkit is pinned; a test fails if the parser moves).
 */
export function parseStandardFontsOnce(): void {
  if (done) return;
  const prototype = afmFontPrototype();
  const parse: unknown = prototype && Reflect.get(prototype, 'parse');
  if (!prototype || typeof parse !== 'function') {
    throw new Error('pdfkit no longer parses standard font metrics where parseStandardFontsOnce looks');
  }
  const parsed = new Map<string, TAfmFont>();
  Reflect.set(prototype, 'parse', function parseOnce(this: TAfmFont, contents: string) {
    const known = parsed.get(contents);
    if (known) {
      Object.assign(this, known);
      return;
    }
    parses++;
    Reflect.apply(parse, this, [contents]);
    const { attributes, glyphWidths, boundingBoxes, kernPairs } = this;
    parsed.set(contents, { attributes, glyphWidths, boundingBoxes, kernPairs });
  });
  done = true;
}
