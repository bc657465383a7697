import { unzipSync, zipSync } from 'fflate';

const coreProperties = 'docProps/core.xml';
const timestamp = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/**
 * Re-packs an Office file so the same content gives the same bytes: exceljs and docx stamp each
 * zip entry (and docx the document properties) with the clock. Every entry gets `at` instead.
 */
export function stableZip(zip: Uint8Array, at: Date): Buffer {
  return stableZipOf(unzipSync(zip), at);
}

/** An Office file's parts (by path, in the package's order) zipped as stableZip re-packs them. */
export function stableZipOf(files: Record<string, Uint8Array>, at: Date): Buffer {
  const core = files[coreProperties];
  if (core) {
    const iso = `${at.toISOString().slice(0, 19)}Z`;
    const xml = new TextDecoder().decode(core).replace(timestamp, `$1${iso}$2`);
    files[coreProperties] = new TextEncoder().encode(xml);
  }
  // Zip times are local wall-clock fields: give the UTC ones so the bytes do not depend on the machine's zone.
  const wallClock = new Date(
    at.getUTCFullYear(),
    at.getUTCMonth(),
    at.getUTCDate(),
    at.getUTCHours(),
    at.getUTCMinutes(),
    at.getUTCSeconds(),
  );
  return Buffer.from(zipSync(files, { level: 6, mtime: wallClock }));
}
