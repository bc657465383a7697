import { Document, type ISectionOptions, Packer } from 'docx';
import { generatedDate, type TReportContext } from '../report-context.js';
import { stableZipOf } from '../stable-zip.js';

/** Page sizes and margins in twips (A4, 2 cm margins). */
export const a4 = { short: 11906, long: 16838, margin: 1134 };
export const portraitWidth = a4.short - 2 * a4.margin;
export const landscapeWidth = a4.long - 2 * a4.margin;

type TPartData = string | ArrayBuffer | ArrayBufferView;
type TCompiler = { compile: (document: Document) => Map<string, TPartData> };

/**
 * docx's compiler, which its Packer zips the parts of: they are zipped once, stable, instead of
 * docx zipping them with the clock's time, to be unzipped and zipped again stable.
 * docx has no public way to it (docx is pinned; a test compares the bytes with its Packer's).
 */
function docxCompiler(): TCompiler {
  const compiler: unknown = Reflect.get(Packer, 'compiler');
  if (!(compiler instanceof Object) || typeof Reflect.get(compiler, 'compile') !== 'function')
    throw new Error('docx no longer keeps its compiler where renderDocx looks');
  return compiler as TCompiler;
}

/** A part's bytes, as docx's Packer takes them. */
const bytesOf = (data: TPartData): Uint8Array =>
  typeof data === 'string'
    ? new TextEncoder().encode(data)
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/** A Word document of the given sections, Arial 10; the same context gives the same bytes. */
export async function renderDocx(
  title: string,
  sections: ISectionOptions[],
  context: TReportContext,
): Promise<Buffer> {
  const document = new Document({
    title,
    creator: 'Capaian',
    lastModifiedBy: 'Capaian',
    description: context.agency.name,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections,
  });
  const parts = docxCompiler().compile(document);
  const files = Object.fromEntries([...parts].map(([path, data]) => [path, bytesOf(data)]));
  return stableZipOf(files, generatedDate(context));
}
