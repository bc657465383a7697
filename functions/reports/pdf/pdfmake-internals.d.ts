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
