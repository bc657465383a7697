import { describe, expect, it } from 'vitest';
import { pdfmakesOwn } from './pdfmake-own.fixture.js';
import { StyleContextStack } from './pdfmake-style-lookup.js';
import { readTextStylesOncePerText, TextInlines } from './pdfmake-text-styles.js';

type TMeasure = new (pdfDocument: unknown) => { measure: (items: unknown[], stack: unknown) => unknown };

// A font whose widths and line heights tell sizes and texts apart.
const fonts = new Map<string, object>();
const pdfDocument = {
  provideFont: (name: string, bold: boolean, italics: boolean) => {
    const key = `${name}-${bold}-${italics}`;
    if (!fonts.has(key))
      fonts.set(key, {
        key,
        lineHeight: (size: number) => size * (bold ? 1.2 : 1.15),
        widthOfString: (text: string, size: number) => text.length * size * (italics ? 0.4 : 0.5),
      });
    return fonts.get(key);
  },
};

const styles = { header: { bold: true, fontSize: 12 }, tight: { preserveLeadingSpaces: true } };
type TStack = { push: (item: unknown) => void };
const Stack = StyleContextStack as unknown as new (styles: object, defaultStyle: object) => TStack;

/** Texts as pdfmake's text breaker hands them over, each on a stack of its own, measured. */
function measureAll(Measure: TMeasure): unknown[] {
  const stack = (...overrides: unknown[]) => {
    const made = new Stack(styles, { font: 'Helvetica', fontSize: 7.5, lineHeight: 1.1 });
    for (const override of overrides) made.push(override);
    return made;
  };
  const texts: [object[], TStack][] = [
    [[{ text: 'Dinas ' }, { text: 'Sosial ' }, { text: 'Kabupaten', lineEnd: true }], stack({ bold: true })],
    [[{ text: '95,14 %' }], stack({ alignment: 'right', noWrap: true, color: '#ffffff' })],
    [[{ text: '  indented ' }, { text: 'and', noNewLine: true }], stack('tight', { leadingIndent: 6 })],
    [
      [{ text: 'own ', fontSize: 9, sup: true }, { text: 'style ', style: 'header' }, { text: 'mixed ' }],
      stack({ italics: true, decoration: 'underline' }),
    ],
    [[{ text: 'none' }], stack()],
    [[], stack({ bold: true })],
  ];
  const measurer = new Measure(pdfDocument);
  return texts.map(([items, on]) => measurer.measure(structuredClone(items), on));
}

describe("pdfmake's text measure with each text's style read once", () => {
  it('measures every piece of text as pdfmake itself does', () => {
    const pdfmakes = measureAll(pdfmakesOwn<TMeasure>('TextInlines.js'));
    readTextStylesOncePerText();
    expect(measureAll(TextInlines as unknown as TMeasure)).toEqual(pdfmakes);
    expect(JSON.stringify(pdfmakes)).toContain('"leadingCut":-6');
    expect(JSON.stringify(pdfmakes)).toContain('"fontSize":5.22');
  });

  it('reads the style of a plain text once, not once per word', () => {
    readTextStylesOncePerText();
    const { getStyleProperty } = StyleContextStack;
    let reads = 0;
    StyleContextStack.getStyleProperty = (...args) => {
      reads++;
      return getStyleProperty(...args);
    };
    try {
      const words = 'Persentase penyandang masalah kesejahteraan sosial yang tertangani'.split(' ');
      const measurer = new (TextInlines as unknown as TMeasure)(pdfDocument);
      measurer.measure(
        words.map((word) => ({ text: `${word} ` })),
        new Stack(styles, { font: 'Helvetica' }),
      );
    } finally {
      StyleContextStack.getStyleProperty = getStyleProperty;
    }
    expect(reads).toBeLessThan(30);
  });
});
