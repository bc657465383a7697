import TextInlinesModule from 'pdfmake/js/TextInlines.js';
import { StyleContextStack } from './pdfmake-style-lookup.js';

type TFont = { lineHeight: (fontSize: number) => number };
type TItem = Record<string, unknown> & { text: string; fontSize: number; font: TFont };
type TMeasurer = {
  pdfDocument: { provideFont: (name: unknown, bold: unknown, italics: unknown) => TFont };
  widthOfText: (text: string, item: TItem) => number;
};

// pdfmake's text measure (TextInlines.measure): its spaces.
const leading = /^(\s)+/;
const trailing = /(\s)+$/;

/** The style pdfmake gives a piece of text (its own properties, then the stack's), with pdfmake's defaults. */
function styleOf(measurer: TMeasurer, item: TItem, stack: unknown) {
  const get = (property: string, defaultValue: unknown) =>
    StyleContextStack.getStyleProperty(item as never, stack as never, property, defaultValue);
  return {
    font: measurer.pdfDocument.provideFont(get('font', 'Roboto'), get('bold', false), get('italics', false)),
    alignment: get('alignment', 'left'),
    fontSize: Number(get('fontSize', 12)),
    fontFeatures: get('fontFeatures', null),
    characterSpacing: get('characterSpacing', 0),
    color: get('color', 'black'),
    decoration: get('decoration', null),
    decorationColor: get('decorationColor', null),
    decorationStyle: get('decorationStyle', null),
    decorationThickness: get('decorationThickness', null),
    background: get('background', null),
    link: get('link', null),
    linkToPage: get('linkToPage', null),
    linkToDestination: get('linkToDestination', null),
    noWrap: get('noWrap', null),
    opacity: get('opacity', 1),
    sup: get('sup', false),
    sub: get('sub', false),
    lineHeight: Number(get('lineHeight', 1)),
    preserveLeadingSpaces: get('preserveLeadingSpaces', false),
    preserveTrailingSpaces: get('preserveTrailingSpaces', false),
  };
}

/** Whether a piece of text has no style of its own (a word of a plain string): the stack styles it. */
function styledByStack(item: TItem): boolean {
  for (const key in item) if (key !== 'text' && key !== 'lineEnd' && key !== 'noNewLine') return false;
  return true;
}

/** pdfmake's measure of a text's pieces, the style of those without their own read once. */
function measure(this: TMeasurer, items: TItem[], stack: unknown): TItem[] {
  const [first] = items;
  if (first) {
    const indent = StyleContextStack.getStyleProperty(first as never, stack as never, 'leadingIndent', 0);
    if (indent) Object.assign(first, { leadingCut: -Number(indent), leadingIndent: indent });
  }
  let shared: ReturnType<typeof styleOf> | undefined;
  for (const item of items) {
    const plain = styledByStack(item);
    if (plain && !shared) shared = styleOf(this, item, stack);
    const style = plain && shared ? shared : styleOf(this, item, stack);
    // One property at a time, in pdfmake's order: the pieces keep one shape, as pdfmake's do.
    item.font = style.font;
    item.alignment = style.alignment;
    item.fontSize = style.sup || style.sub ? style.fontSize * 0.58 : style.fontSize;
    item.fontFeatures = style.fontFeatures;
    item.characterSpacing = style.characterSpacing;
    item.color = style.color;
    item.decoration = style.decoration;
    item.decorationColor = style.decorationColor;
    item.decorationStyle = style.decorationStyle;
    item.decorationThickness = style.decorationThickness;
    item.background = style.background;
    item.link = style.link;
    item.linkToPage = style.linkToPage;
    item.linkToDestination = style.linkToDestination;
    item.noWrap = style.noWrap;
    item.opacity = style.opacity;
    item.sup = style.sup;
    item.sub = style.sub;
    item.width = this.widthOfText(item.text, item);
    item.height = item.font.lineHeight(item.fontSize) * style.lineHeight;
    if (!item.leadingCut) item.leadingCut = 0;
    const spaces = !style.preserveLeadingSpaces && leading.exec(item.text);
    if (spaces) item.leadingCut = Number(item.leadingCut) + this.widthOfText(spaces[0], item);
    item.trailingCut = 0;
    const after = !style.preserveTrailingSpaces && trailing.exec(item.text);
    if (after) item.trailingCut = this.widthOfText(after[0], item);
  }
  return items;
}

/** pdfmake's TextInlines class, however the module was imported (see pdfmake-internals.d.ts). */
export const TextInlines = 'default' in TextInlinesModule ? TextInlinesModule.default : TextInlinesModule;

let done = false;

/**
 * pdfmake reads twenty style properties of every word it lays out, each through the whole style
 * stack: a fifth of a report PDF's time. The words of one text share their stack, and those
 * without styles of their own (every word of a plain string) their style: it is read once per
 * text. pdfmake is pinned; the test compares the measured words with pdfmake's own.
 */
export function readTextStylesOncePerText(): void {
  if (done) return;
  TextInlines.prototype.measure = measure;
  done = true;
}
