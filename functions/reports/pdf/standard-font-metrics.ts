import PDFKit from 'pdfkit';

type TAfmFont = { attributes: object; glyphWidths: object; boundingBoxes: object; kernPairs: object };

/** The prototypes of pdfkit's standard font and of its metrics (its AFM parser), found through a document's font. */
function standardFontPrototypes(): { font?: object; metrics?: object } {
  const font: unknown = Reflect.get(new PDFKit({ autoFirstPage: false, font: 'Helvetica' }), '_font');
  const metrics: unknown = font instanceof Object ? Reflect.get(font, 'font') : undefined;
  return {
    font: font instanceof Object ? Object.getPrototypeOf(font) : undefined,
    metrics: metrics instanceof Object ? Object.getPrototypeOf(metrics) : undefined,
  };
}

/** Texts measured (and encoded) per font; more are not kept, so a long-lived process stays small. */
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
  const encode: unknown = font && Reflect.get(font, 'encode');
  if (
    !prototype ||
    typeof parse !== 'function' ||
    !font ||
    typeof widthOfString !== 'function' ||
    typeof encode !== 'function'
  ) {
    throw new Error('pdfkit no longer parses standard font metrics where parseStandardFontsOnce looks');
  }
  const parsed = new Map<string, TAfmFont>();
  Reflect.set(prototype, 'parse', function parseOnce(this: TAfmFont, contents: string) {
    const known = parsed.get(contents);
    if (known) {
      Object.assign(this, known);
      return;
    }
    Reflect.apply(parse, this, [contents]);
    const { attributes, glyphWidths, boundingBoxes, kernPairs } = this;
    parsed.set(contents, { attributes, glyphWidths, boundingBoxes, kernPairs });
  });
  // pdfmake measures every word it lays out, glyph by glyph with a kerning look-up per pair:
  // each font's width of a text (at size 1.000, as pdfkit sums it) is kept, keyed by the font's
  // kept metrics, and scaled as pdfkit scales it.
  const widthOf = keptPerFont<number>();
  Reflect.set(
    font,
    'widthOfString',
    function keptWidthOfString(this: { font: TAfmFont }, text: string, size: number) {
      const width = widthOf(this.font, text, () => Number(Reflect.apply(widthOfString, this, [text, 1000])));
      return width * (size / 1000);
    },
  );
  // pdfkit draws each line's texts by encoding them the same way again (glyph codes, advances
  // with kerning): kept too. pdfkit only reads what it gets (it copies before it changes anything).
  const encodingOf = keptPerFont<unknown>();
  Reflect.set(font, 'encode', function keptEncode(this: { font: TAfmFont }, text: string) {
    return encodingOf(this.font, text, () => Reflect.apply(encode, this, [text]));
  });
  done = true;
}

/** A value per font and text, made once; each font keeps at most `keptWidths` of them. */
function keptPerFont<T>(): (font: TAfmFont, text: string, make: () => T) => T {
  const kept = new WeakMap<object, Map<string, T>>();
  return (font, text, make) => {
    let known = kept.get(font.glyphWidths);
    if (!known || known.size >= keptWidths) {
      known = new Map();
      kept.set(font.glyphWidths, known);
    }
    let value = known.get(text);
    if (value === undefined) {
      value = make();
      known.set(text, value);
    }
    return value;
  };
}
