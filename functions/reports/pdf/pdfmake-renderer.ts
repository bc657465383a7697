import RendererModule from 'pdfmake/js/Renderer.js';

type TPosition = { xAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };
type TFont = {
  id: string;
  ascender: number;
  ref: () => unknown;
  encode: (text: string) => [string[], TPosition[]];
};
type TInline = {
  text: string;
  x: number;
  font: TFont;
  fontSize: number;
  color?: unknown;
  opacity?: unknown;
  [other: string]: unknown;
};
type TLine = { inlines: TInline[]; getHeight: () => number; getAscenderHeight: () => number };
type TVector = {
  type: string;
  x: number;
  y: number;
  w: number;
  h: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
  color?: unknown;
  lineColor?: unknown;
  fillOpacity?: unknown;
  strokeOpacity?: unknown;
  [other: string]: unknown;
};
type TDocument = {
  page: { height: number; fonts: Record<string, unknown> };
  addContent: (operator: string) => TDocument;
  fillColor: (color: unknown) => unknown;
  strokeColor: (color: unknown) => unknown;
  fillOpacity: (opacity: number) => unknown;
  strokeOpacity: (opacity: number) => unknown;
  resolveColor: (color: unknown, defaultColor: string) => unknown;
};
type TRenderer = { pdfDocument: TDocument };

/**
 * What the page's graphics state holds, as far as this renderer knows (undefined: not known).
 * A page starts fully opaque; nothing else is assumed.
 */
type TState = {
  page?: unknown;
  fill?: unknown;
  stroke?: unknown;
  fillOpacity?: number;
  strokeOpacity?: number;
  lineWidth?: number;
  /** Dash, join and cap: pdfmake's defaults (none, miter, butt) set, or not known. */
  plainLines?: boolean;
};

/** pdfkit's number formatting in content streams. */
const number = (n: number) => Math.round(n * 1e6) / 1e6;

// A piece of text or a vector using anything beyond what the reports use goes to pdfmake's own code.
const plainInline = (inline: TInline) =>
  (inline.opacity === undefined || inline.opacity === 1) &&
  !inline.link &&
  !inline.linkToPage &&
  !inline.linkToDestination &&
  !inline.fontFeatures &&
  !inline.characterSpacing &&
  !inline.sup &&
  !inline.sub &&
  !inline._pageNodeRef &&
  !inline.decoration &&
  !inline.background;
const plainLine = (line: TLine & Record<string, unknown>) =>
  !line._outline && !line._pageNodeRef && !line.id && line.inlines.every(plainInline);
const plainVector = (vector: TVector) =>
  (vector.type === 'line' || (vector.type === 'rect' && !vector.r)) &&
  !vector.dash &&
  !vector.linearGradient &&
  (vector.lineJoin ?? 'miter') === 'miter' &&
  (vector.lineCap ?? 'butt') === 'butt' &&
  [vector.color, vector.lineColor].every((color) => color === undefined || typeof color === 'string');

const states = new WeakMap<TRenderer, TState>();

/** The renderer's state, reset on a new page. */
function stateOf(renderer: TRenderer): TState {
  const state = states.get(renderer);
  if (state?.page === renderer.pdfDocument.page) return state;
  const fresh: TState = { page: renderer.pdfDocument.page, fillOpacity: 1, strokeOpacity: 1 };
  states.set(renderer, fresh);
  return fresh;
}

function setFill(document: TDocument, state: TState, color: unknown, opacity: number) {
  if (state.fill !== color) document.fillColor(document.resolveColor(color, 'black'));
  if (state.fillOpacity !== opacity) document.fillOpacity(opacity);
  Object.assign(state, { fill: color, fillOpacity: opacity });
}

function setStroke(document: TDocument, state: TState, color: unknown, opacity: number) {
  if (state.stroke !== color) document.strokeColor(document.resolveColor(color, 'black'));
  if (state.strokeOpacity !== opacity) document.strokeOpacity(opacity);
  Object.assign(state, { stroke: color, strokeOpacity: opacity });
}

const opacity = (value: unknown) => (typeof value === 'number' ? value : 1);

/** A table border or a cell's fill: only the state that changed, then the path and its paint. */
function renderVector(document: TDocument, state: TState, vector: TVector) {
  const lineWidth = vector.lineWidth || 1;
  if (state.lineWidth !== lineWidth) document.addContent(`${number(lineWidth)} w`);
  if (!state.plainLines) document.addContent('[] 0 d').addContent('0 j').addContent('0 J');
  Object.assign(state, { lineWidth, plainLines: true });
  // Colours before the path: a PDF allows no colour operator inside a path.
  if (vector.color) setFill(document, state, vector.color, opacity(vector.fillOpacity));
  if (!vector.color || vector.lineColor)
    setStroke(document, state, vector.lineColor, opacity(vector.strokeOpacity));
  if (vector.type === 'line') {
    document.addContent(`${number(vector.x1)} ${number(vector.y1)} m`);
    document.addContent(`${number(vector.x2)} ${number(vector.y2)} l`);
  } else {
    document.addContent(`${number(vector.x)} ${number(vector.y)} ${number(vector.w)} ${number(vector.h)} re`);
  }
  document.addContent(vector.color && vector.lineColor ? 'B' : vector.color ? 'f' : 'S');
}

/** A piece of text's glyphs as pdfkit's text() shows them: runs of glyph codes with kerning between. */
function showText(document: TDocument, font: TFont, text: string, x: number, y: number, size: number) {
  const [encoded, positions] = font.encode(text);
  const scale = size / 1000;
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (end: number) => {
    const position = positions[end - 1];
    if (last < end && position) {
      const advance = position.xAdvance - position.advanceWidth;
      commands.push(`<${encoded.slice(last, end).join('')}> ${number(-advance)}`);
    }
    last = end;
  };
  const flush = (end: number) => {
    addSegment(end);
    if (commands.length > 0) document.addContent(`[${commands.join(' ')}] TJ`);
    commands.length = 0;
  };
  let at = x;
  positions.forEach((position, i) => {
    if (position.xOffset || position.yOffset) {
      flush(i);
      document.addContent(
        `1 0 0 1 ${number(at + position.xOffset * scale)} ${number(y + position.yOffset * scale)} Tm`,
      );
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) document.addContent(`1 0 0 1 ${number(at)} ${number(y)} Tm`);
      hadOffset = false;
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1);
    }
    at += position.xAdvance * scale;
  });
  flush(positions.length);
}

/**
 * A line of text as one text object, each piece placed where pdfmake laid it out. pdfmake writes
 * each word as a text object of its own, in its own saved state, after setting its opacity and
 * colour and filling an empty path.
 */
function renderLine(document: TDocument, state: TState, line: TLine, x: number, y: number) {
  const lineHeight = line.getHeight();
  const descent = lineHeight - line.getAscenderHeight();
  const colors = new Set(line.inlines.map((inline) => inline.color));
  // One colour is set before the text object and stays; several are set in it and restored after.
  const before = { ...state };
  const [color] = colors;
  if (colors.size === 1) setFill(document, state, color, 1);
  const height = document.page.height;
  document
    .addContent('q')
    .addContent(`1 0 0 -1 0 ${number(height)} cm`)
    .addContent('BT');
  let font: TFont | undefined;
  let fontSize: number | undefined;
  for (const inline of line.inlines) {
    const text = inline.text.includes('\n') ? inline.text.replace(/\n/g, '') : inline.text;
    if (text.length === 0) continue;
    if (colors.size > 1) setFill(document, state, inline.color, 1);
    document.page.fonts[inline.font.id] ??= inline.font.ref();
    if (inline.font !== font || inline.fontSize !== fontSize)
      document.addContent(`/${inline.font.id} ${number(inline.fontSize)} Tf`);
    ({ font, fontSize } = inline);
    const ascent = (inline.font.ascender / 1000) * inline.fontSize;
    const top = y + lineHeight - ascent - descent;
    const tx = x + inline.x;
    const ty = height - top - ascent;
    document.addContent(`1 0 0 1 ${number(tx)} ${number(ty)} Tm`);
    showText(document, inline.font, text, tx, ty, inline.fontSize);
  }
  document.addContent('ET').addContent('Q');
  if (colors.size > 1) Object.assign(state, { fill: before.fill, fillOpacity: before.fillOpacity });
}

/** pdfmake's Renderer class, however the module was imported (see pdfmake-internals.d.ts). */
const Renderer = 'default' in RendererModule ? RendererModule.default : RendererModule;

const others = [
  'renderImage',
  'renderSVG',
  'renderAttachment',
  'beginClip',
  'endClip',
  'beginVerticalAlignment',
  'endVerticalAlignment',
  'renderWatermark',
] as const;

let done = false;

/**
 * pdfmake writes every table border and fill with the whole line state (width, dash, join, cap,
 * colour space, colour, opacity) and every word as a text object of its own: about a dozen
 * operators each, the most time a report PDF takes after its layout, and as many bytes to
 * deflate. These write the lines, fills and texts the reports use with only the state that
 * changed, each line of text as one text object; anything else goes to pdfmake's own code, after
 * which nothing is assumed. pdfmake is pinned; the pages look the same (pdfmake-renderer.test.ts
 * compares them with pdfmake's own, pixel for pixel).
 */
export function renderWithFewerOperators(): void {
  if (done) return;
  const { renderLine: pdfmakeLine, renderVector: pdfmakeVector } = Renderer.prototype;
  Renderer.prototype.renderLine = function (this: TRenderer, line: TLine, x: number, y: number) {
    const state = stateOf(this);
    if (plainLine(line)) return renderLine(this.pdfDocument, state, line, x || 0, y || 0);
    Reflect.apply(pdfmakeLine, this, [line, x, y]);
    states.set(this, { page: this.pdfDocument.page });
  };
  Renderer.prototype.renderVector = function (this: TRenderer, vector: TVector) {
    const state = stateOf(this);
    if (plainVector(vector)) return renderVector(this.pdfDocument, state, vector);
    Reflect.apply(pdfmakeVector, this, [vector]);
    states.set(this, { page: this.pdfDocument.page });
  };
  // What the rest draws (a clip's end restores an earlier state) leaves the state unknown.
  for (const name of others) {
    const pdfmakeDraw = Renderer.prototype[name];
    Renderer.prototype[name] = function (this: TRenderer, ...args: unknown[]) {
      Reflect.apply(pdfmakeDraw, this, args);
      states.set(this, { page: this.pdfDocument.page });
    };
  }
  done = true;
}
