import { Document, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedContext } from '../report.fixture.js';
import { generatedDate } from '../report-context.js';
import { stableZipOf } from '../stable-zip.js';
import { renderDocx } from './docx-pack.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const sections = () => [{ children: [new Paragraph({ text: 'Perjanjian Kinerja Tahun 2019' })] }];

describe('renderDocx', () => {
  it('zips the document once, into the bytes docx’s own zip re-packed stable would give', async () => {
    const context = seedContext(null);
    const packed = vi.spyOn(Packer, 'pack');
    const once = await renderDocx('Perjanjian Kinerja', sections(), context);
    expect(packed).not.toHaveBeenCalled();
    packed.mockRestore();
    // docx's own zip, as renderDocx made it before: every entry and property the same.
    const document = new Document({
      title: 'Perjanjian Kinerja',
      creator: 'Capaian',
      lastModifiedBy: 'Capaian',
      description: context.agency.name,
      styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
      sections: sections(),
    });
    const twice = stableZipOf(
      unzipSync(new Uint8Array(await Packer.toBuffer(document))),
      generatedDate(context),
    );
    expect(once.equals(twice)).toBe(true);
  });
});
