import { unzipSync } from 'fflate';

/** The parts of a DOCX (or XLSX) by path, as a zip reader sees them. */
export function zipEntries(file: Buffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(file));
}

/** The visible text of a DOCX's body, tags dropped. */
export function docxText(docx: Buffer): string {
  const xml = zipEntries(docx)['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml');
  return new TextDecoder()
    .decode(xml)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}
