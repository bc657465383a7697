import { describe, expect, it } from 'vitest';
import { pdfmakesOwn } from './pdfmake-own.fixture.js';
import { lookStylesUpWithoutAllocating, StyleContextStack } from './pdfmake-style-lookup.js';

type TStackClass = (new (
  styles: Record<string, unknown>,
  defaultStyle?: Record<string, unknown>,
) => { push: (item: unknown) => void; getProperty: (property: string) => unknown }) & {
  getStyleProperty: (item: unknown, stack: unknown, property: string, defaultValue: unknown) => unknown;
};

const styles = {
  header: { bold: true, fontSize: 12 },
  title: { extends: 'header', fontSize: 14 },
  note: { extends: ['header', 'grey'], italics: true },
  grey: { color: '#444444', fontSize: null },
  loop: { extends: 'loopBack' },
  loopBack: { extends: 'loop' },
};
const properties = ['bold', 'fontSize', 'color', 'italics', 'font', 'alignment', 'margin', 'missing'];
const items: unknown[] = [
  'plain text',
  {},
  { text: 'own', bold: false, fontSize: 0 },
  { text: 'named', style: 'title' },
  { text: 'several', style: ['grey', 'note'] },
  { text: 'unknown style', style: 'absent' },
  { text: 'cycle', style: 'loop' },
  { text: 'section', section: {}, style: 'title' },
  { text: 'null value', color: null, style: 'grey' },
];

/** Every item's every property on a few stacks, as the style lookup in force reads them. */
function readAll(Stack: TStackClass): unknown[] {
  const stacks = [
    undefined,
    new Stack(styles),
    new Stack(styles, { font: 'Helvetica', fontSize: 7.5 }),
    (() => {
      const stack = new Stack(styles, { font: 'Roboto' });
      stack.push('note');
      stack.push({ alignment: 'center', bold: null });
      stack.push('loop');
      stack.push({ color: 'red', margin: [1, 2] });
      return stack;
    })(),
  ];
  return stacks.flatMap((stack) => [
    ...properties.map((property) => stack?.getProperty(property)),
    ...items.flatMap((item) =>
      properties.map((property) => Stack.getStyleProperty(item, stack, property, 'fallback')),
    ),
  ]);
}

describe("pdfmake's style lookup without allocating", () => {
  it('reads every property as pdfmake itself does', () => {
    lookStylesUpWithoutAllocating();
    const ours = StyleContextStack as unknown as TStackClass;
    const pdfmakes = readAll(pdfmakesOwn<TStackClass>('StyleContextStack.js'));
    expect(ours.getStyleProperty.name).toBe('styleProperty');
    expect(readAll(ours)).toEqual(pdfmakes);
    expect(pdfmakes).toContain(14);
    expect(pdfmakes).toContain('#444444');
  });
});
