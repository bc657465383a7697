import { createRequire } from 'node:module';

/**
 * One of pdfmake's own modules (`pdfmake/js/<file>`), loaded afresh beside the one pdfmake uses,
 * which an earlier PDF may have had replaced already: what Capaian's replacements are compared with.
 */
export function pdfmakesOwn<T>(file: string): T {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`pdfmake/js/${file}`);
  const loaded = require.cache[path];
  delete require.cache[path];
  try {
    return require(path).default;
  } finally {
    if (loaded) require.cache[path] = loaded;
  }
}
