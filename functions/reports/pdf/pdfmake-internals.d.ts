// pdfmake's style stack, which its typings leave out: the part pdfmake-style-lookup.ts replaces.
declare module 'pdfmake/js/StyleContextStack.js' {
  type TStyleContextStack = {
    getStyleProperty: (item: never, stack: never, property: string, defaultValue: unknown) => unknown;
    prototype: { getProperty: (property: string) => unknown };
  };
  // A CommonJS module compiled from ES: Node and esbuild import what it exports, whose `default`
  // is the class; Vite (the tests) imports that `default` itself.
  const module: TStyleContextStack | { default: TStyleContextStack };
  export default module;
}

// pdfmake's renderer of laid-out pages: the parts pdfmake-renderer.ts replaces.
declare module 'pdfmake/js/Renderer.js' {
  type TRenderer = {
    prototype: Record<
      | 'renderLine'
      | 'renderVector'
      | 'renderImage'
      | 'renderSVG'
      | 'renderAttachment'
      | 'beginClip'
      | 'endClip'
      | 'beginVerticalAlignment'
      | 'endVerticalAlignment'
      | 'renderWatermark',
      // biome-ignore lint/suspicious/noExplicitAny: pdfmake's own methods, called with what pdfmake passes.
      (...args: any[]) => unknown
    >;
  };
  const module: TRenderer | { default: TRenderer };
  export default module;
}

// pdfmake's measure of a text's pieces: what pdfmake-text-styles.ts replaces.
declare module 'pdfmake/js/TextInlines.js' {
  type TTextInlines = {
    new (pdfDocument: unknown): { measure: (items: never[], stack: unknown) => unknown };
    // biome-ignore lint/suspicious/noExplicitAny: pdfmake's own method, called with what pdfmake passes.
    prototype: { measure: (this: any, items: any[], stack: unknown) => unknown };
  };
  const module: TTextInlines | { default: TTextInlines };
  export default module;
}
