import PDFKit from 'pdfkit';

type TAfmFont = { attributes: object; glyphWidths: object; boundingBoxes: object; kernPairs: object };

let parses = 0;

/** How many times this process has parsed a standard font's metrics (the tests check it is once per font). */
export const standardFontParses = (): number => parses;

/** The prototypes of pdfkit's standard font and of its metrics (its AFM parser), found through a document's font. */
function standardFontPrototypes(): { font?: object; metrics?: object } {
  const font: unknown = Reflect.get(new PDFKit({ autoFirstPage: false, font: 'Helvetica' }), '_font');
  const metrics: unknown = font instanceof Object ? Reflect.get(font, 'font') : undefined;
  return {
    font: font instanceof Object ? Object.getPrototypeOf(font) : undefined,
    metrics: metrics instanceof Object ? Object.getPrototypeOf(metrics) : undefined,
  };
}

/** Texts measured per font; more are not kept, so a long-lived process stays small. */
const keptWidths = 20_000;

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
  const { font, metrics: prototype } = standardFontPrototypes();
  const parse: unknown = prototype && Reflect.get(prototype, 'parse');
  const widthOfString: unknown = font && Reflect.get(font, 'widthOfString');
  if (!prototype || typeof parse !== 'function' || !font || typeof widthOfString !== 'function') {
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
  // pdfmake measures every word it lays out, glyph by glyph with a kerning look-up per pair:
  // each font's width of a text (at size 1.000, as pdfkit sums it) is kept, keyed by the font's
  // kept metrics, and scaled as pdfkit scales it.
  const widths = new WeakMap<object, Map<string, number>>();
  Reflect.set(
    font,
    'widthOfString',
    function keptWidthOfString(this: { font: TAfmFont }, text: string, size: number) {
      let known = widths.get(this.font.glyphWidths);
      if (!known || known.size >= keptWidths) {
        known = new Map();
        widths.set(this.font.glyphWidths, known);
      }
      let width = known.get(text);
      if (width === undefined) {
        width = Number(Reflect.apply(widthOfString, this, [text, 1000]));
        known.set(text, width);
      }
      return width * (size / 1000);
    },
  );
  done = true;
}
