import StyleContextStackModule from 'pdfmake/js/StyleContextStack.js';

type TStyle = Record<string, unknown> & { extends?: string | string[] };
type TStack = {
  styleDictionary: Record<string, TStyle | undefined>;
  defaultStyle?: Record<string, unknown>;
  styleOverrides: (string | Record<string, unknown>)[];
};
type TItem = string | (Record<string, unknown> & { style?: string | string[]; section?: unknown });

const isValue = (value: unknown) => value !== undefined && value !== null;

/** A named style's property, through the styles it extends (the last first), as pdfmake reads it. */
function namedStyleProperty(stack: TStack, name: string, property: string, visited?: Set<string>): unknown {
  if (visited?.has(name)) return undefined;
  const style = stack.styleDictionary[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  if (!style.extends) return undefined;
  const seen = (visited ?? new Set<string>()).add(name);
  const parents = Array.isArray(style.extends) ? style.extends : [style.extends];
  for (let i = parents.length - 1; i >= 0; i--) {
    const value = namedStyleProperty(stack, parents[i] ?? '', property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
}

/** The stack's property from the top down, then the default style: pdfmake's getProperty. */
function stackProperty(stack: TStack, property: string): unknown {
  for (let i = stack.styleOverrides.length - 1; i >= 0; i--) {
    const item = stack.styleOverrides[i];
    const value = typeof item === 'string' ? namedStyleProperty(stack, item, property) : item?.[property];
    if (isValue(value)) return value;
  }
  return stack.defaultStyle?.[property];
}

/**
 * pdfmake's getStyleProperty as if the item were pushed on the stack: its own value, its named
 * styles (the last first), then the stack. An item that is a string or a section pushes nothing.
 */
function styleProperty(item: TItem, stack: TStack | undefined, property: string, defaultValue: unknown) {
  // A string's own "property" too, as pdfmake reads it: 'text'.bold is String.prototype.bold.
  const own: unknown = Reflect.get(Object(item), property);
  if (isValue(own)) return own;
  if (!stack) return defaultValue;
  if (typeof item !== 'string' && item.section === undefined && item.style) {
    const names = Array.isArray(item.style) ? item.style : [item.style];
    for (let i = names.length - 1; i >= 0; i--) {
      const value = namedStyleProperty(stack, names[i] ?? '', property);
      if (isValue(value)) return value;
    }
  }
  const value = stackProperty(stack, property);
  return isValue(value) ? value : defaultValue;
}

/** pdfmake's StyleContextStack class, however the module was imported (see pdfmake-internals.d.ts). */
export const StyleContextStack =
  'default' in StyleContextStackModule ? StyleContextStackModule.default : StyleContextStackModule;

let done = false;

/**
 * pdfmake reads about twenty style properties of every piece of text, each by pushing the piece
 * on its style stack and popping it again with two closures, a new array and, per named style, a
 * Set: a sixth of everything a year's report files allocate, and as much time in the garbage
 * collector. These read the same values without allocating (pdfmake is pinned; the test compares
 * them with pdfmake's own on every kind of stack).
 */
export function lookStylesUpWithoutAllocating(): void {
  if (done) return;
  StyleContextStack.getStyleProperty = styleProperty;
  StyleContextStack.prototype.getProperty = function getProperty(this: TStack, property: string) {
    return stackProperty(this, property);
  };
  done = true;
}
