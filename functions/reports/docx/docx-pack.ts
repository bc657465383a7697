import { Document, type ISectionOptions, Packer } from 'docx';
import { generatedDate, type TReportContext } from '../report-context.js';
import { stableZip } from '../stable-zip.js';

/** Page sizes and margins in twips (A4, 2 cm margins). */
export const a4 = { short: 11906, long: 16838, margin: 1134 };
export const portraitWidth = a4.short - 2 * a4.margin;
export const landscapeWidth = a4.long - 2 * a4.margin;

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
  return stableZip(new Uint8Array(await Packer.toBuffer(document)), generatedDate(context));
}
