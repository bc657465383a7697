import PDFKit from 'pdfkit';

type TReference = {
  data: { Length?: number; Filter?: string };
  compress: boolean;
  write: (chunk: unknown) => void;
  finalize: () => void;
  /** The text written since the last bytes, one line per operator. */
  pendingText?: string;
};

let done = false;

/**
 * pdfkit turns every drawing operator it writes into a page's content (a table cell is a dozen:
 * colours, a rectangle, a line, the text) into a Buffer of its own and joins them when the page
 * ends: the most objects a report PDF allocates, most of them outliving the young generation.
 * Written text is kept as one string instead and turned into bytes once, in order with any bytes
 * written between, so every stream holds the same bytes (pdfkit is pinned; a test fails if its
 * stream writer moves, and the seed year's files come out byte for byte the same).
 */
export function writeContentStreamsAsText(): void {
  if (done) return;
  const prototype: unknown = Object.getPrototypeOf(new PDFKit({ autoFirstPage: false }).ref({}));
  const write: unknown = prototype instanceof Object && Reflect.get(prototype, 'write');
  const finalize: unknown = prototype instanceof Object && Reflect.get(prototype, 'finalize');
  if (!(prototype instanceof Object) || typeof write !== 'function' || typeof finalize !== 'function') {
    throw new Error('pdfkit no longer writes streams where writeContentStreamsAsText looks');
  }
  const flush = (reference: TReference) => {
    const text = reference.pendingText;
    if (text === undefined) return;
    reference.pendingText = undefined;
    // pdfkit's own conversion of a written string: one byte per character.
    Reflect.apply(write, reference, [Buffer.from(text, 'binary')]);
  };
  Reflect.set(prototype, 'write', function writeText(this: TReference, chunk: unknown) {
    if (chunk instanceof Uint8Array) {
      flush(this);
      Reflect.apply(write, this, [chunk]);
      return;
    }
    // The stream's dictionary gains its keys when first written to, as pdfkit's write adds them:
    // their order is in the bytes.
    this.data.Length ??= 0;
    if (this.compress) this.data.Filter = 'FlateDecode';
    this.pendingText = `${this.pendingText ?? ''}${chunk}\n`;
  });
  Reflect.set(prototype, 'finalize', function finalizeText(this: TReference) {
    flush(this);
    Reflect.apply(finalize, this, []);
  });
  done = true;
}
